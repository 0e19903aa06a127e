package uk.police.portal.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The rounds of bench/evidence in the figures that compare runs: the median throughput of each
 * path, their ratio, and the worst heap growth and peak of any portal upload.
 */
record EvidenceResult(
    double portalMbps, double directMbps, long heapGrowthMb, long peakHeapMb, int rounds) {

  static EvidenceResult of(List<EvidenceRound> rounds) {
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("no rounds to sum up");
    }
    return new EvidenceResult(
        median(rounds, EvidenceRound::portalMbps),
        median(rounds, EvidenceRound::directMbps),
        rounds.stream().mapToLong(r -> r.heap().growthMb()).max().orElseThrow(),
        rounds.stream().mapToLong(r -> r.heap().peakMb()).max().orElseThrow(),
        rounds.size());
  }

  double ratio() {
    return portalMbps / directMbps;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "medians of %d rounds: portal %.1f MB/s, direct %.1f MB/s, %.2f of direct;"
            + " Payara heap: growth after GC at most %d MB, peak_heap_mb=%d (in use before a"
            + " collection)",
        rounds,
        portalMbps,
        directMbps,
        portalMbps / directMbps,
        heapGrowthMb,
        peakHeapMb);
  }

  String resultLine() {
    return String.format(
        Locale.ROOT,
        "RESULT ratio=%.2f portal_mbps=%.1f direct_mbps=%.1f heap_growth_mb=%d",
        ratio(),
        portalMbps,
        directMbps,
        heapGrowthMb);
  }

  static double median(List<EvidenceRound> rounds, ToDoubleFunction<EvidenceRound> figure) {
    double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
