package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceResultTest {

  private static final long GB = 1024L * 1024 * 1024;
  private static final EvidenceRound.Cpu CPU = new EvidenceRound.Cpu(1, 2, 3);

  @Test
  void throughputIsMegabytesOverWallTime() {
    EvidenceRound round = round(1, 8, 4, 10);

    assertThat(round.portalMbps()).isEqualTo(128.0);
    assertThat(round.directMbps()).isEqualTo(256.0);
  }

  @Test
  void theResultTakesTheMedianOfEachPathAndTheWorstHeapGrowth() {
    EvidenceResult result =
        EvidenceResult.of(List.of(round(1, 16, 4, 30), round(2, 8, 4, 12), round(3, 8, 8, 20)));

    assertThat(result.portalMbps()).isEqualTo(128.0);
    assertThat(result.directMbps()).isEqualTo(256.0);
    assertThat(result.resultLine())
        .isEqualTo("RESULT ratio=0.50 portal_mbps=128.0 direct_mbps=256.0 heap_growth_mb=30");
  }

  @Test
  void theSummarySaysTheMediansTheirRatioAndThePeakHeap() {
    EvidenceRound round = round(1, 8, 4, 1);

    assertThat(EvidenceResult.of(List.of(round)).summary())
        .contains("portal 128.0 MB/s, direct 256.0 MB/s, 0.50 of direct")
        .contains("peak_heap_mb=400");
  }

  @Test
  void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
    EvidenceResult result = EvidenceResult.of(List.of(round(1, 8, 4, 1), round(2, 4, 4, 1)));

    assertThat(result.portalMbps()).isEqualTo(192.0);
    assertThat(result.ratio()).isEqualTo(0.75);
  }

  @Test
  void theRoundSaysBothPathsAndTheHeap() {
    assertThat(round(2, 8, 4, 10).describe())
        .startsWith("round 2: portal 128.0 MB/s (8.0 s;")
        .contains("direct 256.0 MB/s (4.0 s;")
        .contains("heap after GC 50 MB before, at most 60 MB during (7 collections)")
        .endsWith("peak in use 400 MB");
  }

  private static EvidenceRound round(
      int number, int portalSeconds, int directSeconds, long growth) {
    HeapDuringUpload heap = new HeapDuringUpload(50, 50 + growth, 400, 52, 7);
    return new EvidenceRound(
        number, GB, portalSeconds * 1_000_000_000L, CPU, heap, directSeconds * 1_000_000_000L, CPU);
  }
}
