package uk.police.portal.bench;

import java.util.Arrays;

/**
 * Delivery times in milliseconds and their percentiles by nearest rank: the p-th percentile is the
 * smallest time that at least p% of the messages met, always one that was measured.
 */
record Latencies(int count, double p50, double p99, double max) {

  static Latencies of(double[] millis) {
    if (millis.length == 0) {
      return new Latencies(0, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Latencies(
        sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
  }

  /** Nearest rank on sorted values: the value at rank ceil(p/100 * n), counting from 1. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
