package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuTimelineTest {

  @Test
  void stealIsItsShareOfAllTimeIncludingIdle() {
    long[] before = CpuMeter.machine("cpu  100 0 50 800 0 0 0 50 0 0");
    long[] after = CpuMeter.machine("cpu  150 0 60 860 0 0 0 80 30 0");
    // 50 + 10 + 60 + 30 = 150 ticks, 30 of them stolen; guest (30) is already in user
    assertThat(CpuTimeline.stealPercent(before, after)).isEqualTo(20.0);
  }

  @Test
  void aMessageIsCalmWhenItsSecondAndTheNextStoleLittle() {
    List<CpuTimeline.Second> seconds =
        List.of(
            new CpuTimeline.Second(1_000, 1, 50),
            new CpuTimeline.Second(2_000, 2, 50),
            new CpuTimeline.Second(3_000, 40, 50),
            new CpuTimeline.Second(4_000, 0, 50));
    assertThat(CpuTimeline.calmAround(seconds, 500, 5)).isTrue();
    assertThat(CpuTimeline.calmAround(seconds, 1_500, 5)).as("the next second stole").isFalse();
    assertThat(CpuTimeline.calmAround(seconds, 2_500, 5)).isFalse();
    assertThat(CpuTimeline.calmAround(seconds, 3_500, 5)).isTrue();
    assertThat(CpuTimeline.calmAround(seconds, 9_000, 5)).as("after the last sample").isFalse();
  }
}
