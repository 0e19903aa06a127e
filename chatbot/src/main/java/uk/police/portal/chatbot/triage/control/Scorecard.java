package uk.police.portal.chatbot.triage.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Tallies triage answers against labelled messages: the figures `triage --eval` prints and the
 * evaluation test asserts. Not thread-safe; one per run.
 */
public final class Scorecard {

  private int messages;
  private int categoryRight;
  private int referralRight;
  private int languageRight;
  private int emergencyCaught;
  private int emergencyMissed;
  private int falseAlarms;
  private final Map<String, Integer> confusions = new TreeMap<>();
  private final List<String> missedEmergencies = new ArrayList<>();
  private final List<Long> nanos = new ArrayList<>();

  /** One labelled message and what triage said; {@code actual*} are null when triage failed. */
  public void record(
      String text,
      String expectedCategory,
      boolean expectedEmergency,
      String expectedReferral,
      String expectedLanguage,
      String actualCategory,
      boolean actualEmergency,
      String actualReferral,
      String actualLanguage,
      long elapsedNanos) {
    messages++;
    nanos.add(elapsedNanos);
    if (Objects.equals(expectedCategory, actualCategory)) {
      categoryRight++;
    } else {
      confusions.merge(expectedCategory + " -> " + actualCategory, 1, Integer::sum);
    }
    if (Objects.equals(expectedReferral, actualReferral)) {
      referralRight++;
    }
    if (Objects.equals(expectedLanguage, actualLanguage)) {
      languageRight++;
    }
    if (expectedEmergency && actualEmergency) {
      emergencyCaught++;
    } else if (expectedEmergency) {
      emergencyMissed++;
      missedEmergencies.add(text);
    } else if (actualEmergency) {
      falseAlarms++;
    }
  }

  public int messages() {
    return messages;
  }

  public double categoryAccuracy() {
    return ratio(categoryRight, messages);
  }

  public double referralAccuracy() {
    return ratio(referralRight, messages);
  }

  public double languageAccuracy() {
    return ratio(languageRight, messages);
  }

  /** 1.0 when there were no emergencies to catch: nothing was missed. */
  public double emergencyRecall() {
    int all = emergencyCaught + emergencyMissed;
    return all == 0 ? 1.0 : ratio(emergencyCaught, all);
  }

  public double emergencyPrecision() {
    int raised = emergencyCaught + falseAlarms;
    return raised == 0 ? 1.0 : ratio(emergencyCaught, raised);
  }

  public List<String> missedEmergencies() {
    return List.copyOf(missedEmergencies);
  }

  /** Expected -> predicted pairs, most frequent first. */
  public Map<String, Integer> worstConfusions(int limit) {
    Map<String, Integer> worst = new LinkedHashMap<>();
    confusions.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(limit)
        .forEach(e -> worst.put(e.getKey(), e.getValue()));
    return worst;
  }

  /** Time per message at the given percentile (0–100), in milliseconds. */
  public double millisAt(double percentile) {
    if (nanos.isEmpty()) {
      return 0;
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  /** The machine-readable summary line. */
  public String resultLine() {
    return String.format(
        Locale.ROOT,
        "RESULT messages=%d category_accuracy=%.3f emergency_recall=%.3f emergency_precision=%.3f"
            + " referral_accuracy=%.3f language_accuracy=%.3f p50_ms=%.2f p99_ms=%.2f",
        messages,
        categoryAccuracy(),
        emergencyRecall(),
        emergencyPrecision(),
        referralAccuracy(),
        languageAccuracy(),
        millisAt(50),
        millisAt(99));
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
