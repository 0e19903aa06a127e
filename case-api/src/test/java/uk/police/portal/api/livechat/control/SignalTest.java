package uk.police.portal.api.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.livechat.control.ChatStreams.Audience;

class SignalTest {

  /** Records what the signals would have done to this node's streams. */
  static final class Recorded extends ChatStreams {
    final List<String> calls = new ArrayList<>();

    @Override
    public void chatChanged(String chatId) {
      calls.add("changed " + chatId);
    }

    @Override
    public void transientEvent(String chatId, Audience audience, String name, String json) {
      calls.add(name + " " + chatId + " " + audience + " " + json);
    }

    @Override
    public void handlerEvent(String username, String name, String json) {
      calls.add(name + " " + username + " " + json);
    }
  }

  @Test
  void eachSignalReachesTheRightStreams() {
    Recorded streams = new Recorded();

    Signal.deliver(Signal.message("c1", 7), streams);
    Signal.deliver(
        Signal.transientEvent("c1", Audience.STAFF, "typing", "{\"party\":\"CITIZEN|x\"}"),
        streams);
    Signal.deliver(Signal.toHandler("hannah", "assigned", "{\"a\":\"b|c\"}"), streams);

    assertThat(streams.calls)
        .containsExactly(
            "changed c1",
            "typing c1 STAFF {\"party\":\"CITIZEN|x\"}",
            "assigned hannah {\"a\":\"b|c\"}");
  }

  @Test
  void aShortSignalTravelsWhole() {
    String payload = Signal.message("c1", 1);

    assertThat(Signal.split(payload)).containsExactly(payload);
    assertThat(new Signal.Assembly().accept(payload)).contains(payload);
  }

  @Test
  void aLongSignalTravelsInPartsThatFitNotifyAndIsJoinedAgain() {
    // Multi-byte text, so a part boundary must not cut a character in two.
    String json = "{\"answer\":\"" + "Zażółć gęślą jaźń 😀 ".repeat(1500) + "\"}";
    String payload = Signal.toHandler("hannah", "assigned", json);

    List<String> parts = Signal.split(payload);

    assertThat(parts).hasSizeGreaterThan(2);
    assertThat(parts)
        .allSatisfy(p -> assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000));
    Signal.Assembly assembly = new Signal.Assembly();
    List<Optional<String>> results = new ArrayList<>();
    parts.forEach(p -> results.add(assembly.accept(p)));
    assertThat(results.subList(0, parts.size() - 1)).allMatch(Optional::isEmpty);
    assertThat(results.get(parts.size() - 1)).contains(payload);
  }

  @Test
  void partsArrivingInAnyOrderAreJoinedOnceAllAreThere() {
    String payload = Signal.toHandler("harry", "assigned", "x".repeat(20_000));
    List<String> parts = new ArrayList<>(Signal.split(payload));
    Collections.reverse(parts);
    Signal.Assembly assembly = new Signal.Assembly();

    Optional<String> last = Optional.empty();
    for (String part : parts) {
      last = assembly.accept(part);
    }
    assertThat(last).contains(payload);
  }
}
