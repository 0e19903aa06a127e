package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatlingSummaryTest {

  private static final String BAR = "=".repeat(120);

  @Test
  void theResultLineTakesThePercentilesOfTheLastSummaryAndTheRateOverTheMeasuredTime() {
    List<String> log =
        List.of(
            "---- Global Information -----|---Total---|-----OK----|----KO----",
            "> request count               |         5 |         5 |         - ",
            "> response time 50th percentile (ms) | 999 | 999 | -",
            BAR,
            "[INFO] later output",
            "---- Global Information -----|---Total---|-----OK----|----KO----",
            "> request count               |   120,000 |   120,000 |         - ",
            "> min response time (ms)      |         1 |         1 |         - ",
            "> response time 50th percentile (ms) | 12 | 12 | -",
            "> response time 99th percentile (ms) | 1,048 | 1,048 | -",
            "> mean throughput (rps)       |   1,999.9 |   1,999.9 |         - ",
            "---- Response Time Distribution ------------------------",
            "> OK: t < 800 ms                                   119990   (100%)",
            "> KO                                                    0     (0%)",
            BAR);
    assertThat(GatlingSummary.read(log).result(60))
        .isEqualTo("RESULT p50_ms=12 p99_ms=1048 rps=2000.0 errors=0");
  }

  @Test
  void errorsAreEveryErrorListedAlsoRequestsThatCouldNotBeSent() {
    List<String> log =
        List.of(
            "---- Global Information -----|---Total---|-----OK----|----KO----",
            "> request count               |        48 |         - |        48",
            "> response time 50th percentile (ms) | 1,430 | - | 1,430",
            "> response time 99th percentile (ms) | 9,962 | - | 9,962",
            "> mean throughput (rps)       |       3.2 |         - |       3.2",
            "---- Errors --------------------------------------------------------",
            "> GET /api/cases/{ref}: No attribute named 'accessToken' is defined     31,407 (49.96%)",
            "> status.find.is(200), found 404                                             48  (0.08%)",
            BAR);
    assertThat(GatlingSummary.read(log).result(10))
        .isEqualTo("RESULT p50_ms=1430 p99_ms=9962 rps=4.8 errors=31455");
  }

  @Test
  void theServersCpuTimeIsSharedOutOverTheMeasuredRequests() {
    List<String> log =
        List.of(
            "bench: server-cpu-seconds=90.00",
            "---- Global Information -----|---Total---|-----OK----|----KO----",
            "> request count               |   120,000 |   120,000 |         - ",
            BAR);
    assertThat(GatlingSummary.read(log).serverCpuPerRequest(log))
        .contains("bench: server CPU per request 0.75 ms (90.0 s over 120000 requests)");
  }

  @Test
  void aLogWithoutASummaryIsRefused() {
    assertThatThrownBy(() -> GatlingSummary.read(List.of("[ERROR] it did not run")))
        .hasMessageContaining("no Gatling summary");
  }
}
