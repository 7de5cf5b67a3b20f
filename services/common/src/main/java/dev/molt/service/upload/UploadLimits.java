package dev.molt.service.upload;

/**
 * What an upload may hold (docs/decisions/0050: {@code molt.upload.max-bytes},
 * {@code molt.upload.max-files}).
 *
 * @param maxBytes the most bytes the upload may have, and also the most bytes its Python sources
 *     may decompress to (a zip's declared sizes are not trusted: bytes are counted as read)
 * @param maxFiles the most entries a zip may list, directories and non-Python files included
 */
public record UploadLimits(long maxBytes, int maxFiles) {
  public static final UploadLimits DEFAULT = new UploadLimits(10L * 1024 * 1024, 1000);

  public UploadLimits {
    if (maxBytes <= 0 || maxFiles <= 0) {
      throw new IllegalArgumentException("upload limits must be positive: " + maxBytes + ", " + maxFiles);
    }
  }
}
