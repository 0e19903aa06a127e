package uk.police.portal.evidencestore.storage.control;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Object keys are generated, never taken from file names: a name chosen by a citizen could collide
 * with another upload, leak personal details into logs, or carry path tricks.
 */
public class ObjectKeys {

  private static final Pattern GENERATED =
      Pattern.compile("evidence/\\d{4}/\\d{2}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  /** Where bytes wait before they are published under an evidence key; swept when stale. */
  public static final String STAGING_PREFIX = "incoming/";

  private static final Pattern STAGING =
      Pattern.compile("incoming/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  private final Clock clock;

  public ObjectKeys(Clock clock) {
    this.clock = clock;
  }

  /**
   * A new random key such as {@code evidence/2026/11/6f1c...}; the month keeps listings browsable.
   */
  public String newKey() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    return "evidence/%04d/%02d/%s".formatted(now.getYear(), now.getMonthValue(), UUID.randomUUID());
  }

  /** A new random staging key, {@code incoming/<uuid>}. */
  public static String newStagingKey() {
    return STAGING_PREFIX + UUID.randomUUID();
  }

  public static String requireStaging(String key) {
    if (key == null || !STAGING.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a staging key: '" + key + "'");
    }
    return key;
  }

  public static String requireGenerated(String key) {
    if (key == null || !GENERATED.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "Not a generated evidence key: '" + key + "' (use ObjectStore.newKey())");
    }
    return key;
  }
}
