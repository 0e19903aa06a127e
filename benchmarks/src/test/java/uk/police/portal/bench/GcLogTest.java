package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

  @Test
  void pausesAreReadWithTheirTimeAndHeapAndOtherLinesSkipped() {
    List<GcLog.Pause> pauses =
        GcLog.pauses(
            List.of(
                "[1795249474451ms] Using G1",
                "[1795249477028ms] GC(0) Pause Full (Diagnostic Command) 17M->5M(56M) 25.450ms",
                "[1795249478000ms] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 117M->36M(256M) 8.461ms",
                "[1795249478001ms] GC(2) Concurrent Undo Cycle",
                "[1795249478002ms] GC(2) Concurrent Undo Cycle 2.195ms",
                "[1795249478003ms] GC(3) Pause Remark 88M->82M(140M) 1.852ms",
                "[1795249478004ms] GC(4) Pause Young (Allocation Failure) 2048K->1G(2G) 0.1ms"));

    assertThat(pauses)
        .containsExactly(
            new GcLog.Pause(1795249477028L, "Pause Full (Diagnostic Command)", 17, 5, 56),
            new GcLog.Pause(
                1795249478000L, "Pause Young (Normal) (G1 Evacuation Pause)", 117, 36, 256),
            new GcLog.Pause(1795249478003L, "Pause Remark", 88, 82, 140),
            new GcLog.Pause(1795249478004L, "Pause Young (Allocation Failure)", 2, 1024, 2048));
    assertThat(pauses.get(0).asked()).isTrue();
    assertThat(pauses.get(1).asked()).isFalse();
  }

  @Test
  void aFewKilobytesInUseCountAsOneMegabyte() {
    assertThat(
            GcLog.pause(
                "[5ms] GC(9) Pause Young (Normal) (G1 Preventive Collection) 900K->3K(8M) 1ms"))
        .hasValueSatisfying(p -> assertThat(p.afterMb()).isEqualTo(1));
  }
}
