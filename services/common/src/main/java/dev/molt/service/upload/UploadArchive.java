package dev.molt.service.upload;

import dev.molt.service.upload.UploadRefused.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A client's upload — one {@code .py} file or a {@code .zip} of a package — checked against the
 * limits and reduced to its Python sources (path → bytes, sorted by path).
 *
 * <p>A zip is read from its central directory (commons-compress), which is where the external
 * attributes that mark symbolic links live; nothing is written to disk. Every entry name is checked
 * ({@link EntryName}), even of files that are not used, so an archive is accepted or refused as a
 * whole. Only {@code .py} entries are decompressed, and their bytes are counted as they are read:
 * the sizes a zip declares are not trusted.
 */
public final class UploadArchive {
  private static final int UNIX_TYPE_MASK = 0170000;
  private static final int UNIX_REGULAR = 0100000;
  private static final int UNIX_DIRECTORY = 0040000;
  private static final long DOS_REPARSE_POINT = 0x400;
  /** macOS Finder's resource-fork copies ("__MACOSX/pkg/._main.py") are not sources. */
  private static final String MACOS_METADATA = "__MACOSX/";

  private final String name;
  private final boolean zip;
  private final SortedMap<String, byte[]> sources;

  private UploadArchive(String name, boolean zip, SortedMap<String, byte[]> sources) {
    this.name = name;
    this.zip = zip;
    this.sources = Collections.unmodifiableSortedMap(sources);
  }

  /**
   * Reads an upload.
   *
   * @param uploadName the file name the client sent; only its last path segment is used, and its
   *     extension ({@code .py} or {@code .zip}) decides how the bytes are read
   * @throws UploadRefused with the broken rule and a sentence for the user
   */
  public static UploadArchive read(String uploadName, byte[] content, UploadLimits limits)
      throws UploadRefused {
    String name = baseName(uploadName);
    if (content.length > limits.maxBytes()) {
      throw new UploadRefused(Reason.TOO_LARGE,
          "the upload has " + content.length + " bytes; the limit is " + limits.maxBytes());
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".py")) {
      SortedMap<String, byte[]> single = new TreeMap<>();
      single.put(EntryName.check(name), content.clone());
      return new UploadArchive(name, false, single);
    }
    if (lower.endsWith(".zip")) {
      return new UploadArchive(name, true, readZip(content, limits));
    }
    throw new UploadRefused(Reason.UNSUPPORTED_TYPE,
        "upload " + EntryName.quote(name) + " is neither a .py file nor a .zip archive");
  }

  /** The upload's file name (last segment of what the client sent). */
  public String name() {
    return name;
  }

  public boolean isZip() {
    return zip;
  }

  /** The Python sources, by path inside the upload. */
  public SortedMap<String, byte[]> sources() {
    return sources;
  }

  /** The bytes of one source, or {@code null} when the upload has no such {@code .py} file. */
  public byte[] source(String path) {
    byte[] bytes = sources.get(path);
    return bytes == null ? null : bytes.clone();
  }

  /**
   * Chooses the entry module: the requested path (".py" may be left off), else the only source,
   * else {@code main.py} at the top of the zip.
   *
   * @param requested the client's {@code entry} field; {@code null} or blank when not given
   * @throws UploadRefused {@link Reason#ENTRY_NOT_FOUND} or {@link Reason#ENTRY_AMBIGUOUS}
   */
  public String entry(String requested) throws UploadRefused {
    if (requested != null && !requested.isBlank()) {
      if (sources.containsKey(requested)) {
        return requested;
      }
      if (!requested.endsWith(".py") && sources.containsKey(requested + ".py")) {
        return requested + ".py";
      }
      throw new UploadRefused(Reason.ENTRY_NOT_FOUND,
          "entry " + EntryName.quote(requested) + " is not a .py file of the upload; it has "
              + listed());
    }
    if (sources.size() == 1) {
      return sources.firstKey();
    }
    if (sources.containsKey("main.py")) {
      return "main.py";
    }
    throw new UploadRefused(Reason.ENTRY_AMBIGUOUS,
        "the zip has " + sources.size() + " .py files and no main.py at its top; name the entry"
            + " module with the entry field (" + listed() + ")");
  }

  private String listed() {
    List<String> names = List.copyOf(sources.keySet());
    int shown = Math.min(names.size(), 10);
    String list = String.join(", ", names.subList(0, shown));
    return shown < names.size() ? list + ", ... (" + names.size() + " in all)" : list;
  }

  private static String baseName(String uploadName) throws UploadRefused {
    String raw = uploadName == null ? "" : uploadName;
    // browsers on Windows have sent full client paths; the folder part means nothing here
    String base = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    if (base.isBlank()) {
      throw new UploadRefused(Reason.UNSUPPORTED_TYPE,
          "the upload has no file name; send a .py file or a .zip archive");
    }
    return base;
  }

  private static SortedMap<String, byte[]> readZip(byte[] content, UploadLimits limits)
      throws UploadRefused {
    SortedMap<String, byte[]> sources = new TreeMap<>();
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
      if (entries.size() > limits.maxFiles()) {
        throw new UploadRefused(Reason.TOO_MANY_FILES,
            "the zip has " + entries.size() + " entries; the limit is " + limits.maxFiles());
      }
      Set<String> seen = new HashSet<>();
      long remaining = limits.maxBytes();
      for (ZipArchiveEntry entry : entries) {
        String path = EntryName.check(entry.getName());
        if (!seen.add(path)) {
          throw new UploadRefused(Reason.DUPLICATE,
              "the zip has two entries named " + EntryName.quote(path));
        }
        checkRegular(entry, path);
        if (entry.isDirectory() || !path.endsWith(".py") || path.startsWith(MACOS_METADATA)) {
          continue;
        }
        if (entry.getGeneralPurposeBit().usesEncryption()) {
          throw new UploadRefused(Reason.BAD_ARCHIVE,
              "entry " + EntryName.quote(path) + " is encrypted");
        }
        if (!zip.canReadEntryData(entry)) {
          throw new UploadRefused(Reason.BAD_ARCHIVE, "entry " + EntryName.quote(path)
              + " uses a compression method that cannot be read (" + entry.getMethod() + ")");
        }
        byte[] bytes = readAtMost(zip, entry, remaining, limits.maxBytes());
        remaining -= bytes.length;
        sources.put(path, bytes);
      }
    } catch (IOException | RuntimeException e) {
      // commons-compress reports malformed structures with either kind
      throw new UploadRefused(Reason.BAD_ARCHIVE,
          "the upload is not a readable zip archive (" + e.getMessage() + ")");
    }
    if (sources.isEmpty()) {
      throw new UploadRefused(Reason.NO_SOURCES, "the zip contains no .py file");
    }
    return sources;
  }

  private static void checkRegular(ZipArchiveEntry entry, String path) throws UploadRefused {
    int type = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX
        ? entry.getUnixMode() & UNIX_TYPE_MASK
        : 0;
    if (entry.isUnixSymlink()) {
      throw new UploadRefused(Reason.LINK,
          "entry " + EntryName.quote(path) + " is a symbolic link; links are not allowed");
    }
    if (type != 0 && type != UNIX_REGULAR && type != UNIX_DIRECTORY) {
      throw new UploadRefused(Reason.LINK, "entry " + EntryName.quote(path)
          + " is not a regular file or folder (Unix file type 0" + Integer.toOctalString(type) + ")");
    }
    if ((entry.getExternalAttributes() & DOS_REPARSE_POINT) != 0) {
      throw new UploadRefused(Reason.LINK, "entry " + EntryName.quote(path)
          + " is a Windows reparse point (a link); links are not allowed");
    }
  }

  private static byte[] readAtMost(ZipFile zip, ZipArchiveEntry entry, long remaining, long limit)
      throws IOException, UploadRefused {
    if (entry.getSize() > remaining) {
      throw tooLargeUnpacked(limit);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() + (long) n > remaining) {
          throw tooLargeUnpacked(limit);
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  private static UploadRefused tooLargeUnpacked(long limit) {
    return new UploadRefused(Reason.TOO_LARGE,
        "the zip's .py files decompress to more than the limit of " + limit + " bytes");
  }
}
