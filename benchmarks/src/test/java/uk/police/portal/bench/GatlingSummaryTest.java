package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GatlingSummaryTest {

  @Test
  void theResultLineTakesPercentilesOneAndFourTheMeanRateAndTheKoCount() {
    JsonObject all =
        json(
            """
            {"name": "All Requests",
             "numberOfRequests": {"total": 120000, "ok": 119997, "ko": 3},
             "percentiles1": {"total": 12, "ok": 12, "ko": 30},
             "percentiles4": {"total": 48, "ok": 47, "ko": 60},
             "meanNumberOfRequestsPerSecond": {"total": 1999.983, "ok": 1999.9, "ko": 0.05}}
            """);
    assertThat(GatlingSummary.result(all))
        .isEqualTo("RESULT p50_ms=12 p99_ms=48 rps=2000.0 errors=3");
  }

  @Test
  void figuresWrittenAsStringsAreReadToo() {
    JsonObject all =
        json(
            """
            {"name": "All Requests",
             "numberOfRequests": {"total": "10", "ok": "10", "ko": "0"},
             "percentiles1": {"total": "3", "ok": "3", "ko": "-"},
             "percentiles4": {"total": "9", "ok": "9", "ko": "-"},
             "meanNumberOfRequestsPerSecond": {"total": "5.5", "ok": "5.5", "ko": "-"}}
            """);
    assertThat(GatlingSummary.result(all)).isEqualTo("RESULT p50_ms=3 p99_ms=9 rps=5.5 errors=0");
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
