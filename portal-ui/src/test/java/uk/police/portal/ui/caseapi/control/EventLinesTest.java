package uk.police.portal.ui.caseapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLinesTest {

  static List<ChatEvents.Event> read(String... lines) {
    EventLines parser = new EventLines();
    List<ChatEvents.Event> events = new ArrayList<>();
    for (String line : lines) {
      parser.line(line).ifPresent(events::add);
    }
    return events;
  }

  @Test
  void aMessageEventHasItsNameIdAndData() {
    assertThat(read("event: message", "id: 7", "data: {\"seq\":7}", ""))
        .containsExactly(new ChatEvents.Event("message", "7", "{\"seq\":7}"));
  }

  @Test
  void anEventWithoutIdHasNoneAndDoesNotInheritThePreviousOne() {
    assertThat(
            read(
                "event: message",
                "id: 3",
                "data: a",
                "",
                "event: typing",
                "data: {\"party\":\"HANDLER\"}",
                ""))
        .containsExactly(
            new ChatEvents.Event("message", "3", "a"),
            new ChatEvents.Event("typing", null, "{\"party\":\"HANDLER\"}"));
  }

  @Test
  void keepAliveCommentsAndEventsWithoutDataAreNotEvents() {
    assertThat(read(": keep-alive", "", "event: nothing", "id: 9", "")).isEmpty();
  }

  @Test
  void severalDataLinesAreJoinedWithNewlines() {
    assertThat(read("data: one", "data:two", "data:", ""))
        .extracting(ChatEvents.Event::data)
        .containsExactly("one\ntwo\n");
  }

  @Test
  void onlyOneSpaceAfterTheColonIsDroppedAndTheDefaultNameIsMessage() {
    assertThat(read("data:  indented", ""))
        .containsExactly(new ChatEvents.Event("message", null, " indented"));
  }

  @Test
  void aByteOrderMarkRetryAndUnknownFieldsAreIgnored() {
    assertThat(read("\uFEFFevent: queue", "retry: 10000", "colour: blue", "data: {}", ""))
        .containsExactly(new ChatEvents.Event("queue", null, "{}"));
  }

  @Test
  void anIdWithANullCharacterIsIgnored() {
    assertThat(read("id: 4\0", "data: x", ""))
        .containsExactly(new ChatEvents.Event("message", null, "x"));
  }
}
