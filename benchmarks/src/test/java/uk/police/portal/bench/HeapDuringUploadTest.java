package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeapDuringUploadTest {

  private static final GcLog.Pause BEFORE = pause(1000, "Pause Full (Diagnostic Command)", 300, 90);
  private static final GcLog.Pause AFTER = pause(9000, "Pause Full (Diagnostic Command)", 250, 95);

  @Test
  void growthIsTheMostKeptAfterACollectionDuringTheUploadOverTheBaseline() {
    List<GcLog.Pause> log =
        List.of(
            pause(500, "Pause Young (Normal)", 400, 100),
            BEFORE,
            pause(3000, "Pause Young (Normal)", 380, 110),
            pause(5000, "Pause Young (Normal)", 420, 130),
            pause(7000, "Pause Young (Normal)", 390, 105),
            AFTER,
            pause(9500, "Pause Young (Normal)", 700, 500));

    HeapDuringUpload heap = HeapDuringUpload.of(log, BEFORE, AFTER, 2000, 8000);

    assertThat(heap.baselineMb()).isEqualTo(90);
    assertThat(heap.peakAfterGcMb()).isEqualTo(130);
    assertThat(heap.growthMb()).isEqualTo(40);
    assertThat(heap.peakMb()).as("garbage included, before a collection").isEqualTo(420);
    assertThat(heap.retainedMb()).isEqualTo(95);
    assertThat(heap.collections()).isEqualTo(3);
  }

  @Test
  void withNoCollectionDuringTheUploadTheClosingOneSaysWhatWasKeptAndThePeak() {
    HeapDuringUpload heap = HeapDuringUpload.of(List.of(BEFORE, AFTER), BEFORE, AFTER, 2000, 8000);

    assertThat(heap.peakAfterGcMb()).isEqualTo(95);
    assertThat(heap.growthMb()).isEqualTo(5);
    assertThat(heap.peakMb()).isEqualTo(250);
    assertThat(heap.collections()).isZero();
  }

  @Test
  void lessKeptThanBeforeIsNoGrowth() {
    GcLog.Pause before = pause(1000, "Pause Full (Diagnostic Command)", 300, 200);
    HeapDuringUpload heap =
        HeapDuringUpload.of(
            List.of(before, pause(3000, "Pause Young (Normal)", 300, 150), AFTER),
            before,
            AFTER,
            2000,
            8000);

    assertThat(heap.growthMb()).isZero();
  }

  private static GcLog.Pause pause(long at, String what, long before, long after) {
    return new GcLog.Pause(at, what, before, after, 768);
  }
}
