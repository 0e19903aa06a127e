package uk.police.portal.ui.caseapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void waitsDoubleFromOneSecondUpToFifteenAndStartAgainAfterASuccess() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(15));
    assertThat(IntStream.range(0, 7).mapToObj(i -> backoff.next().toSeconds()))
        .containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
    backoff.reset();
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
  }
}
