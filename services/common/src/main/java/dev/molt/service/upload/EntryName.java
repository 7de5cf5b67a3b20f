package dev.molt.service.upload;

import dev.molt.service.upload.UploadRefused.Reason;

/**
 * Checks a zip entry's name before anything uses it as a path. Only plain relative paths made of
 * ordinary segments pass: whatever later extracts or reports the entries cannot be led outside its
 * folder, and one file has exactly one spelling.
 */
final class EntryName {
  static final int MAX_PATH_CHARS = 1024;
  static final int MAX_SEGMENT_CHARS = 255;

  private EntryName() {}

  /**
   * Returns the name without a directory entry's trailing slash.
   *
   * @throws UploadRefused ({@link Reason#UNSAFE_PATH}) with the rule the name breaks
   */
  static String check(String name) throws UploadRefused {
    String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    if (path.isEmpty()) {
      throw unsafe(name, "the name is empty");
    }
    if (path.length() > MAX_PATH_CHARS) {
      throw unsafe(name, "the name is longer than " + MAX_PATH_CHARS + " characters");
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw unsafe(name, "the name contains a control character");
      }
      if (c == '\\') {
        throw unsafe(name, "the name contains a backslash (zip paths use '/')");
      }
      if (c == ':') {
        // drive letters ("C:") and alternate data streams ("a.py:x") on Windows
        throw unsafe(name, "the name contains ':'");
      }
    }
    if (path.startsWith("/")) {
      throw unsafe(name, "absolute paths are not allowed");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        throw unsafe(name, "'..' is not allowed in a path");
      }
      if (segment.isEmpty() || segment.equals(".")) {
        throw unsafe(name, "empty and '.' path segments are not allowed");
      }
      if (segment.length() > MAX_SEGMENT_CHARS) {
        throw unsafe(name, "a path segment is longer than " + MAX_SEGMENT_CHARS + " characters");
      }
    }
    return path;
  }

  private static UploadRefused unsafe(String name, String why) {
    return new UploadRefused(Reason.UNSAFE_PATH, "unsafe path " + quote(name) + ": " + why);
  }

  /** A name as it can be shown in a message: printable, bounded. */
  static String quote(String name) {
    StringBuilder out = new StringBuilder("'");
    int shown = Math.min(name.length(), 120);
    for (int i = 0; i < shown; i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (shown < name.length()) {
      out.append("...");
    }
    return out.append('\'').toString();
  }
}
