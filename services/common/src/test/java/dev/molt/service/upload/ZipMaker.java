package dev.molt.service.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Builds zip archives for the tests, including ones no well-behaved tool would write (links,
 * duplicate names, hostile paths). commons-compress's writer is used because it lets a test set
 * the external attributes and the platform, which java.util.zip does not.
 */
final class ZipMaker {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes);

  ZipMaker file(String name, String text) {
    return entry(new ZipArchiveEntry(name), text.getBytes(StandardCharsets.UTF_8));
  }

  ZipMaker file(String name, byte[] content) {
    return entry(new ZipArchiveEntry(name), content);
  }

  ZipMaker directory(String name) {
    return entry(new ZipArchiveEntry(name.endsWith("/") ? name : name + "/"), new byte[0]);
  }

  /** An entry whose Unix mode says what it is (0120777 is a symbolic link). */
  ZipMaker unixEntry(String name, int unixMode, String content) {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode(unixMode);
    return entry(entry, content.getBytes(StandardCharsets.UTF_8));
  }

  /** An entry with raw external attributes (MS-DOS platform). */
  ZipMaker dosEntry(String name, long externalAttributes, String content) {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setExternalAttributes(externalAttributes);
    return entry(entry, content.getBytes(StandardCharsets.UTF_8));
  }

  private ZipMaker entry(ZipArchiveEntry entry, byte[] content) {
    try {
      out.putArchiveEntry(entry);
      out.write(content);
      out.closeArchiveEntry();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes() {
    try {
      out.finish();
      out.close();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the "encrypted" flag (bit 0 of the general purpose flags) in every header. */
  static byte[] markEncrypted(byte[] zip) {
    byte[] copy = zip.clone();
    for (int i = 0; i + 10 < copy.length; i++) {
      if (copy[i] == 'P' && copy[i + 1] == 'K') {
        if (copy[i + 2] == 3 && copy[i + 3] == 4) {
          copy[i + 6] |= 1;  // local file header: flags at offset 6
        } else if (copy[i + 2] == 1 && copy[i + 3] == 2) {
          copy[i + 8] |= 1;  // central directory header: flags at offset 8
        }
      }
    }
    return copy;
  }
}
