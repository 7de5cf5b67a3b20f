package dev.molt.service.api.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A commit's {@code .py} files as the upload of a build: a zip with the files in path order and a
 * fixed time, so the same commit gives the same bytes, hence the same upload key and the same
 * cached stage outputs (docs/decisions/0050).
 */
final class SourceZip {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private SourceZip() {}

  static byte[] of(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
        if (!file.getKey().endsWith(".py")) {
          continue;
        }
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }
}
