package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

  private final List<SseParser.Event> events = new ArrayList<>();
  private final SseParser parser = new SseParser(events::add);

  private void feed(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    parser.feed(bytes, 0, bytes.length);
  }

  @Test
  void aStoredMessageHasItsNameIdAndData() {
    feed("event: message\nid: 7\ndata: {\"seq\":7}\n\n");
    assertThat(events).containsExactly(new SseParser.Event("message", "7", "{\"seq\":7}"));
    assertThat(parser.lastEventId()).isEqualTo("7");
  }

  @Test
  void anEventSplitAnywhereBetweenReadsArrivesWholeAndOnlyAtItsEnd() {
    String stream = "event: message\r\nid: 12\r\ndata: {\"text\":\"café ☕\"}\r\n\r\n";
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    // a CR ends a line by itself: the event is whole at the first byte of the last CRLF
    for (int i = 0; i < bytes.length; i++) {
      assertThat(events).hasSize(i < bytes.length - 1 ? 0 : 1);
      parser.feed(bytes, i, 1);
    }
    assertThat(events)
        .containsExactly(new SseParser.Event("message", "12", "{\"text\":\"café ☕\"}"));
  }

  @Test
  void aTransientEventHasNoIdAndKeepsTheLastIdForReconnecting() {
    feed("event: message\nid: 3\ndata: a\n\n");
    feed("event: typing\ndata: {\"party\":\"HANDLER\"}\n\n");
    assertThat(events.get(1))
        .isEqualTo(new SseParser.Event("typing", null, "{\"party\":\"HANDLER\"}"));
    assertThat(parser.lastEventId()).isEqualTo("3");
  }

  @Test
  void keepAliveCommentsAreNotEvents() {
    feed(": keep-alive\n\n: keep-alive\n\n");
    assertThat(events).isEmpty();
    assertThat(parser.comments()).isEqualTo(2);
  }

  @Test
  void dataLinesAreJoinedAndAnEventWithoutNameIsAMessage() {
    feed("data: one\ndata:two\rdata\r\r");
    assertThat(events).containsExactly(new SseParser.Event("message", null, "one\ntwo\n"));
  }

  @Test
  void anEventWithNoDataIsNotDispatched() {
    feed("event: queue\nid: 4\n\n");
    assertThat(events).isEmpty();
    assertThat(parser.lastEventId()).isEqualTo("4");
  }
}
