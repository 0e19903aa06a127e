package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuMeterTest {

  @Test
  void processTimeIsUserPlusSystemCountedAfterTheCommandName() {
    String stat =
        "5082 (odd) name)) R 5077 5077 6415 0 -1 4194304 101 0 0 0 250 30 0 0 20 0 1 0 246778";
    assertThat(CpuMeter.processTicks(stat)).isEqualTo(280);
  }

  @Test
  void theMachineIsBusyWhenNotIdleWaitingOrStolen() {
    long[] machine = CpuMeter.machine("cpu  310011 767 40222 139195 741 11 571 307 0 0");
    assertThat(CpuMeter.busy(machine)).isEqualTo(310011 + 767 + 40222 + 11 + 571);
    assertThat(machine[7]).as("steal").isEqualTo(307);
  }

  @Test
  void theLineSaysWhatEachUsedOfTheMachine() {
    CpuMeter.Reading start = new CpuMeter.Reading(0, 10, 5, 100, 1, 2);
    CpuMeter.Reading end = new CpuMeter.Reading(60_000_000_000L, 70, 35, 214, 7, 2);
    assertThat(CpuMeter.between(start, end))
        .isEqualTo(
            "CPU while measured (60 s, 2 cores): server 60.0 s (50% of the machine),"
                + " load generator 30.0 s (25%), machine busy 95%, stolen 5%");
  }

  @Test
  void thisProcessCanBeRead() {
    assertThat(CpuMeter.process("self")).isPositive();
  }
}
