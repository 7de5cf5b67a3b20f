package dev.molt.service.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GitHub's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the raw request
 * body keyed with the project's secret. Compared with {@link MessageDigest#isEqual}, whose time
 * does not depend on where the values differ.
 */
public final class Signature {
  static final String HEADER = "X-Hub-Signature-256";
  private static final String PREFIX = "sha256=";

  private Signature() {}

  /** The header value for {@code body} under {@code secret} (what a sender computes). */
  public static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /** Whether {@code header} is the signature of {@code body} under {@code secret}. */
  public static boolean matches(byte[] body, String header, String secret) {
    if (header == null || secret.isEmpty()) {
      return false;
    }
    byte[] expected = sign(body, secret).getBytes(StandardCharsets.US_ASCII);
    byte[] given = header.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
