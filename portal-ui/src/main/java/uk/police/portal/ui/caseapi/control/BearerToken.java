package uk.police.portal.ui.caseapi.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of the signed-in person's access token and when it expires (the JWT's {@code exp}), for
 * work done away from their requests: a stream case-api reads it on. case-api closes a staff stream
 * when the token expires, so the holder needs a newer one before then.
 */
public record BearerToken(String token, Instant expiresAt) {

  /** A JWT's expiry is a number of seconds since 1970 (RFC 7519, "NumericDate"). */
  private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

  /** Reads the expiry from the token itself; a token that cannot be read counts as expired. */
  public static BearerToken of(String jwt) {
    return new BearerToken(jwt, expiry(jwt));
  }

  public String header() {
    return "Bearer " + token;
  }

  /** True when it has expired or will within {@code margin} of {@code now}. */
  public boolean expiresWithin(Duration margin, Instant now) {
    return !expiresAt.isAfter(now.plus(margin));
  }

  private static Instant expiry(String jwt) {
    try {
      String[] parts = jwt.split("\\.");
      String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      Matcher exp = EXP.matcher(payload);
      return exp.find() ? Instant.ofEpochSecond(Long.parseLong(exp.group(1))) : Instant.EPOCH;
    } catch (RuntimeException unreadable) {
      return Instant.EPOCH;
    }
  }

  @Override
  public String toString() {
    return "BearerToken[expiresAt=" + expiresAt + "]"; // never the token in a log
  }
}
