package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChatReportTest {

  private final ChatBenchSettings settings =
      new ChatBenchSettings(
          "http://127.0.0.1:1/api",
          "http://127.0.0.1:2",
          200,
          10,
          200,
          20,
          10,
          16,
          3600,
          "",
          Path.of("gc.log"),
          "PostgreSQL (NOTIFY)",
          "sam",
          "x",
          "admin",
          "admin");

  @Test
  void theResultLineStartsWithTheFiguresThatCompareRunsInTheirOrder() {
    ChatReport report = new ChatReport(settings);
    report.messages(
        new DeliveryLedger.Tally(6000, 5999, 1, 0, 5998, 1, 2),
        Latencies.of(new double[] {3.25, 4, 250}),
        Latencies.of(new double[] {3.25, 4}),
        Latencies.of(new double[] {2, 3}),
        1.5);
    assertThat(report.resultLine())
        .startsWith("RESULT chats=200 p50_ms=4.0 p99_ms=250.0 max_ms=250.0 lost=1 duplicated=2 ")
        .contains(" rate=200 ", " refused=1 ", " p99_calm_ms=4.0 ");
  }

  @Test
  void aRunThatMeasuredNothingSaysNone() {
    assertThat(new ChatReport(settings).resultLine())
        .isEqualTo(
            "RESULT chats=200 p50_ms=none p99_ms=none max_ms=none lost=none duplicated=none");
  }

  @Test
  void thereAreAsManyHandlersAsTheLimitNeedsAndTheWarmUpIsSentToo() {
    assertThat(settings.handlers()).isEqualTo(20);
    assertThat(settings.messages()).isEqualTo(6000);
    assertThat(settings.warmupMessages()).isEqualTo(2000);
  }
}
