package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesAreTheMeasuredValueAtTheNearestRank() {
    double[] oneToHundred = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
    Latencies latencies = Latencies.of(oneToHundred);
    assertThat(latencies.p50()).isEqualTo(50);
    assertThat(latencies.p99()).isEqualTo(99);
    assertThat(latencies.max()).isEqualTo(100);
    assertThat(latencies.count()).isEqualTo(100);
  }

  @Test
  void oneSlowMessageInAHundredIsTheWorstPercentOnlyWhenThereAreMore() {
    double[] times = new double[100];
    java.util.Arrays.fill(times, 5);
    times[37] = 900;
    assertThat(Latencies.of(times).p99()).as("99 of 100 took 5 ms").isEqualTo(5);
    double[] fewer = java.util.Arrays.copyOf(times, 50);
    assertThat(Latencies.of(fewer).p99()).as("1 of 50 is 2%").isEqualTo(900);
  }

  @Test
  void unsortedInputIsNotChanged() {
    double[] times = {30, 10, 20};
    Latencies latencies = Latencies.of(times);
    assertThat(latencies.p50()).isEqualTo(20);
    assertThat(times).containsExactly(30, 10, 20);
  }

  @Test
  void noMessagesHaveNoPercentiles() {
    assertThat(Latencies.of(new double[0]).p99()).isNaN();
    assertThat(Latencies.of(new double[0]).count()).isZero();
  }

  @Test
  void oneMessageIsEveryPercentile() {
    Latencies latencies = Latencies.of(new double[] {7.5});
    assertThat(latencies.p50()).isEqualTo(7.5);
    assertThat(latencies.p99()).isEqualTo(7.5);
  }
}
