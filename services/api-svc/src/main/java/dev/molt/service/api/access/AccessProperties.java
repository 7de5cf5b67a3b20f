package dev.molt.service.api.access;

import java.util.Optional;
import java.util.function.Function;

/**
 * The access keys of docs/decisions/0061 (beside decision 0050's): {@code molt.access.admin-secret}
 * ({@code MOLT_ACCESS_ADMIN_SECRET}), the secret of the admin path; unset turns that path off.
 */
public record AccessProperties(Optional<String> adminSecret) {
  public static final String ADMIN_SECRET = "molt.access.admin-secret";
  /** Shorter secrets are refused: the admin path must not be guessable. */
  static final int MIN_SECRET_LENGTH = 16;

  public static AccessProperties from(Function<String, String> lookup) {
    String secret = lookup.apply(ADMIN_SECRET);
    if (secret == null || secret.isBlank()) {
      return new AccessProperties(Optional.empty());
    }
    if (secret.strip().length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(ADMIN_SECRET + ": the admin secret must be at least "
          + MIN_SECRET_LENGTH + " characters");
    }
    return new AccessProperties(Optional.of(secret.strip()));
  }
}
