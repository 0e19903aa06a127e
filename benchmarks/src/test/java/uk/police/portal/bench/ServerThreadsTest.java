package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerThreadsTest {

  @Test
  void threadsAreKnownByTheFirstFifteenCharactersOfTheirName() {
    assertThat(ServerThreads.kind("C2 CompilerThre")).isEqualTo("JIT");
    assertThat(ServerThreads.kind("GC Thread#1")).isEqualTo("GC");
    assertThat(ServerThreads.kind("G1 Conc#0")).isEqualTo("GC");
    assertThat(ServerThreads.kind("http-thread-poo")).isEqualTo("requests");
    assertThat(ServerThreads.kind("portal-chat-str")).isEqualTo("chat streams");
    assertThat(ServerThreads.kind("Keep-Alive-Time")).isEqualTo("other");
  }

  @Test
  void theNameIsBetweenTheFirstAndLastParenthesis() {
    assertThat(ServerThreads.name("4242 (odd (name)) S 1 2 3")).isEqualTo("odd (name)");
  }

  @Test
  void eachKindGetsTheTimeItsThreadsUsedBetweenTwoReadingsNewThreadsFromZero() {
    Map<String, Double> before = Map.of("10 C2 CompilerThre", 5.0, "11 http-thread-poo", 1.0);
    Map<String, Double> after =
        Map.of("10 C2 CompilerThre", 9.0, "11 http-thread-poo", 1.5, "12 http-thread-poo", 2.0);
    assertThat(ServerThreads.byKind(before, after))
        .containsExactly(Map.entry("JIT", 4.0), Map.entry("requests", 2.5));
  }
}
