package uk.police.portal.bench;

import java.util.Locale;

/**
 * One round of bench/evidence: the file through the portal, then the same file straight into the
 * store, each timed from the first byte sent to the answer.
 */
record EvidenceRound(
    int number,
    long bytes,
    long portalNanos,
    Cpu portalCpu,
    HeapDuringUpload heap,
    long directNanos,
    Cpu directCpu) {

  static final double MB = 1024.0 * 1024.0;

  /** CPU seconds each process spent on one upload. */
  record Cpu(double server, double store, double client) {

    static Cpu between(Cpu start, Cpu end) {
      return new Cpu(end.server - start.server, end.store - start.store, end.client - start.client);
    }
  }

  double portalMbps() {
    return mbps(portalNanos);
  }

  double directMbps() {
    return mbps(directNanos);
  }

  private double mbps(long nanos) {
    return bytes / MB / (nanos / 1e9);
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "round %d: portal %.1f MB/s (%.1f s; CPU s: Payara %.1f, S3Proxy %.1f, client %.1f),"
            + " direct %.1f MB/s (%.1f s; CPU s: S3Proxy %.1f, client %.1f);"
            + " Payara heap after GC %d MB before, at most %d MB during (%d collections),"
            + " %d MB after; peak in use %d MB",
        number,
        portalMbps(),
        portalNanos / 1e9,
        portalCpu.server(),
        portalCpu.store(),
        portalCpu.client(),
        directMbps(),
        directNanos / 1e9,
        directCpu.store(),
        directCpu.client(),
        heap.baselineMb(),
        heap.peakAfterGcMb(),
        heap.collections(),
        heap.retainedMb(),
        heap.peakMb());
  }
}
