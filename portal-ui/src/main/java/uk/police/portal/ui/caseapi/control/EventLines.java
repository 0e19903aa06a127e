package uk.police.portal.ui.caseapi.control;

import java.util.Optional;

/**
 * Reads the lines of a Server-Sent Events stream (the WHATWG rules, as far as case-api uses them)
 * into events: {@code event:}, {@code id:} and {@code data:} fields up to a blank line; lines from
 * {@code :} are comments (keep-alives). Several {@code data:} lines are joined with newlines.
 */
final class EventLines {

  private String name;
  private String id;
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private boolean first = true;

  /** The event this line completes, if it is the blank line that ends one with data. */
  Optional<ChatEvents.Event> line(String line) {
    if (first) {
      first = false;
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
    }
    if (line.isEmpty()) {
      return dispatch();
    }
    if (line.startsWith(":")) {
      return Optional.empty();
    }
    int colon = line.indexOf(':');
    String field = colon < 0 ? line : line.substring(0, colon);
    String value = colon < 0 ? "" : line.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "event" -> name = value;
      case "data" -> {
        data.append(value).append('\n');
        hasData = true;
      }
      case "id" -> {
        if (value.indexOf('\0') < 0) {
          id = value;
        }
      }
      default -> {
        // retry: and unknown fields are ignored; ChatEvents keeps its own backoff.
      }
    }
    return Optional.empty();
  }

  private Optional<ChatEvents.Event> dispatch() {
    Optional<ChatEvents.Event> event =
        hasData
            ? Optional.of(
                new ChatEvents.Event(
                    name == null || name.isEmpty() ? "message" : name,
                    id,
                    data.substring(0, data.length() - 1)))
            : Optional.empty();
    name = null;
    id = null;
    data.setLength(0);
    hasData = false;
    return event;
  }
}
