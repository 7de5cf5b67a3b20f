package dev.molt.service.api.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets, their SHA-256, and comparisons that take the same time whatever differs. */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** {@code prefix} + 256 random bits in URL-safe base64 (43 characters, no padding). */
  public static String random(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Whether two secrets are equal, in time that does not depend on where they differ: both are
   * hashed first so that even their lengths do not show.
   */
  public static boolean same(String a, String b) {
    return MessageDigest.isEqual(sha256(a.getBytes(StandardCharsets.UTF_8)),
        sha256(b.getBytes(StandardCharsets.UTF_8)));
  }
}
