package dev.molt.service.api.access;

import java.util.Locale;
import java.util.Optional;

/** The credential of an {@code Authorization: Bearer <credential>} header. */
public final class Bearer {
  private static final String SCHEME = "bearer ";

  private Bearer() {}

  public static Optional<String> credential(String header) {
    if (header == null || header.length() <= SCHEME.length()
        || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return Optional.empty();
    }
    String value = header.substring(SCHEME.length()).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
