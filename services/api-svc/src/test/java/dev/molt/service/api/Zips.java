package dev.molt.service.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Small zips for the REST and gRPC tests (the archive rules are tested in services/common). */
final class Zips {
  private Zips() {}

  /** Entries given as name, text, name, text...; a name starting with "@" is a symbolic link. */
  static byte[] of(String... namesAndTexts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        String name = namesAndTexts[i];
        ZipArchiveEntry entry = new ZipArchiveEntry(name.startsWith("@") ? name.substring(1) : name);
        if (name.startsWith("@")) {
          entry.setUnixMode(0120777);
        }
        out.putArchiveEntry(entry);
        out.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }
}
