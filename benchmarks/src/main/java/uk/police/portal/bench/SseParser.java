package uk.police.portal.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A Server-Sent Events stream read as its bytes arrive (the WHATWG {@code text/event-stream}
 * format): lines end in LF, CR or CRLF, split anywhere between reads; an empty line ends an event;
 * {@code :} starts a comment (the server's keep-alive). Lines are decoded whole, so a UTF-8
 * character split between two reads is never cut.
 */
final class SseParser {

  /**
   * One event.
   *
   * @param name its {@code event:} field, "message" when it has none
   * @param id its own {@code id:} field, null when it has none (transient events)
   * @param data its {@code data:} lines joined with LF
   */
  record Event(String name, String id, String data) {}

  private final Consumer<Event> events;
  private byte[] line = new byte[512];
  private int lineLength;
  private boolean afterCr;
  private String name;
  private String id;
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private String lastEventId;
  private long comments;

  SseParser(Consumer<Event> events) {
    this.events = events;
  }

  void feed(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (afterCr && b == '\n') {
        afterCr = false;
        continue;
      }
      afterCr = b == '\r';
      if (b == '\r' || b == '\n') {
        endOfLine();
      } else {
        if (lineLength == line.length) {
          line = Arrays.copyOf(line, line.length * 2);
        }
        line[lineLength++] = b;
      }
    }
  }

  /** The id of the last event that had one: what a reconnect sends as Last-Event-ID. */
  String lastEventId() {
    return lastEventId;
  }

  long comments() {
    return comments;
  }

  private void endOfLine() {
    if (lineLength == 0) {
      dispatch();
      return;
    }
    String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
    lineLength = 0;
    if (text.charAt(0) == ':') {
      comments++;
      return;
    }
    int colon = text.indexOf(':');
    String field = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "event" -> name = value;
      case "data" -> {
        if (hasData) {
          data.append('\n');
        }
        data.append(value);
        hasData = true;
      }
      case "id" -> {
        if (value.indexOf('\0') < 0) {
          id = value;
        }
      }
      default -> {
        // "retry" and unknown fields: nothing the bench needs
      }
    }
  }

  private void dispatch() {
    if (id != null) {
      lastEventId = id;
    }
    if (hasData) {
      events.accept(
          new Event(name == null || name.isEmpty() ? "message" : name, id, data.toString()));
    }
    name = null;
    id = null;
    data.setLength(0);
    hasData = false;
  }
}
