package uk.police.portal.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses of a JVM's unified GC log written with {@code -Xlog:gc:file=PATH:timemillis}: when
 * each happened (milliseconds since the epoch, the same clock as this JVM's) and the heap in use
 * before and after it. Lines without heap figures (concurrent phases, "Using G1") are skipped.
 */
final class GcLog {

  private static final Pattern PAUSE =
      Pattern.compile(
          "^\\[(\\d+)ms] GC\\(\\d+\\) (.+?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)"
              + " [\\d.]+ms$");

  private GcLog() {}

  /**
   * One pause.
   *
   * @param what as the log says it, e.g. "Pause Young (Normal) (G1 Evacuation Pause)"
   * @param beforeMb heap in use just before the pause: live data and garbage
   * @param afterMb heap in use after it: what survived
   * @param heapMb the heap's committed size after it
   */
  record Pause(long atMillis, String what, long beforeMb, long afterMb, long heapMb) {

    /** A collection asked for with {@code jcmd PID GC.run}. */
    boolean asked() {
      return what.contains("Diagnostic Command");
    }
  }

  static List<Pause> pauses(List<String> lines) {
    return lines.stream().map(GcLog::pause).flatMap(Optional::stream).toList();
  }

  static Optional<Pause> pause(String line) {
    Matcher m = PAUSE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Pause(
            Long.parseLong(m.group(1)),
            m.group(2),
            megabytes(m.group(3), m.group(4)),
            megabytes(m.group(5), m.group(6)),
            megabytes(m.group(7), m.group(8))));
  }

  /** Rounded up: a few kilobytes in use are not nothing. */
  private static long megabytes(String number, String unit) {
    long value = Long.parseLong(number);
    return switch (unit.toUpperCase(Locale.ROOT)) {
      case "K" -> (value + 1023) / 1024;
      case "G" -> value * 1024;
      default -> value;
    };
  }
}
