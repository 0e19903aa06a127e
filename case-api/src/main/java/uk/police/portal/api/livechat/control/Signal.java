package uk.police.portal.api.livechat.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.police.portal.api.livechat.control.ChatStreams.Audience;

/**
 * The text of a chat signal between nodes. PostgreSQL limits a NOTIFY payload to 8000 bytes, so a
 * longer one (a handler event carrying a chat's summary) travels in numbered parts that are joined
 * again on arrival; one transaction's notifications arrive together and in order.
 *
 * <pre>
 * m|chatId|seq                       a message was stored
 * t|chatId|audience|event|json       typing, receipt (not stored)
 * h|username|event|json              to a handler's console
 * c|id|index|count|part              one part of a longer signal
 * </pre>
 */
final class Signal {

  static final int MAX_BYTES = 7900;
  private static final int PART_BYTES = 7800;

  private Signal() {}

  static String message(String chatId, int seq) {
    return "m|" + chatId + "|" + seq;
  }

  static String transientEvent(String chatId, Audience audience, String event, String json) {
    return "t|" + chatId + "|" + audience.name() + "|" + event + "|" + json;
  }

  static String toHandler(String username, String event, String json) {
    return "h|" + username + "|" + event + "|" + json;
  }

  /** Hands a whole signal to the streams of this node. */
  static void deliver(String payload, ChatStreams streams) {
    String[] field = payload.split("\\|", 5);
    switch (field[0]) {
      case "m" -> streams.chatChanged(field[1]);
      case "t" -> streams.transientEvent(field[1], Audience.valueOf(field[2]), field[3], field[4]);
      case "h" -> {
        String[] h = payload.split("\\|", 4);
        streams.handlerEvent(h[1], h[2], h[3]);
      }
      default -> throw new IllegalArgumentException("Unknown chat signal " + field[0]);
    }
  }

  /** The payload as it fits in NOTIFY: itself, or parts of at most 8000 bytes each. */
  static List<String> split(String payload) {
    if (payload.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return List.of(payload);
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < payload.length(); ) {
      int codePoint = payload.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > PART_BYTES) {
        pieces.add(piece.toString());
        piece.setLength(0);
        bytes = 0;
      }
      piece.appendCodePoint(codePoint);
      bytes += size;
      i += Character.charCount(codePoint);
    }
    pieces.add(piece.toString());
    String id = UUID.randomUUID().toString().substring(0, 8);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      parts.add("c|" + id + "|" + i + "|" + pieces.size() + "|" + pieces.get(i));
    }
    return parts;
  }

  /** Joins the parts of long signals; a signal that came whole passes straight through. */
  static final class Assembly {

    private static final int KEPT = 64;

    // Parts of signals not yet complete; the oldest go when a listener missed a part.
    private final Map<String, String[]> partial =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
            return size() > KEPT;
          }
        };

    synchronized Optional<String> accept(String payload) {
      if (!payload.startsWith("c|")) {
        return Optional.of(payload);
      }
      String[] field = payload.split("\\|", 5);
      int index = Integer.parseInt(field[2]);
      int count = Integer.parseInt(field[3]);
      String[] parts = partial.computeIfAbsent(field[1], id -> new String[count]);
      parts[index] = field[4];
      for (String part : parts) {
        if (part == null) {
          return Optional.empty();
        }
      }
      partial.remove(field[1]);
      return Optional.of(String.join("", parts));
    }
  }
}
