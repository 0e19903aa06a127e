package uk.police.portal.evidencestore.storage.control;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Object keys are generated, never taken from file names: a name chosen by a citizen could collide
 * with another upload, leak personal details into logs, or carry path tricks.
 */
public class ObjectKeys {

  private static final Pattern GENERATED =
      Pattern.compile("evidence/\\d{4}/\\d{2}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  /** Where every evidence key lives, under a folder per month. */
  public static final String EVIDENCE_PREFIX = "evidence/";

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

  /**
   * The month folders ({@code evidence/2026/11/}) keys generated from {@code since} until now can
   * be in, oldest first: a sweep need list only these, not every month there has ever been.
   */
  public List<String> folderPrefixesSince(Instant since) {
    YearMonth first = YearMonth.from(since.atZone(clock.getZone()));
    YearMonth last = YearMonth.now(clock);
    List<String> prefixes = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      prefixes.add(
          "%s%04d/%02d/".formatted(EVIDENCE_PREFIX, month.getYear(), month.getMonthValue()));
    }
    return prefixes;
  }

  /** Whether {@code key} has the form of a generated evidence key. */
  public static boolean isGenerated(String key) {
    return key != null && GENERATED.matcher(key).matches();
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
    if (!isGenerated(key)) {
      throw new IllegalArgumentException(
          "Not a generated evidence key: '" + key + "' (use ObjectStore.newKey())");
    }
    return key;
  }
}
