package uk.police.portal.api.livechat.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that opens a chat for the citizen: 32 random bytes, base64url. Only its SHA-256 is
 * stored, so the database alone does not open anyone's chat.
 */
public record ChatToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static ChatToken random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new ChatToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** SHA-256 of the token, as 64 lower-case hex digits. */
  public String sha256() {
    return HexFormat.of().formatHex(digest(value));
  }

  /**
   * Whether a presented token is the one whose hash is stored. Compares digests in constant time,
   * so the time taken says nothing about how much of a guess was right.
   */
  public static boolean matches(String presented, String storedSha256) {
    if (presented == null || storedSha256 == null || storedSha256.length() != 64) {
      return false;
    }
    byte[] stored;
    try {
      stored = HexFormat.of().parseHex(storedSha256);
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(digest(presented), stored);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    // Never in a log line.
    return "ChatToken[hidden]";
  }
}
