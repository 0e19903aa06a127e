package uk.police.portal.ui.journey;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import uk.police.portal.ui.caseapi.control.ChatEvents;

/**
 * A contact handler working through the public chat API (as a console would), for journeys that
 * need the other side of a chat without a second browser: availability, their open chats, the
 * console's event stream (while it is open they count as connected), messages, receipts, the end.
 */
final class HandlerThroughApi implements AutoCloseable {

  final String username;
  private final StaffApi api;
  private ChatEvents console;

  HandlerThroughApi(String username) {
    this.username = username;
    this.api = new StaffApi(username);
    call("GET", "/chat/handlers/me", null, 200);
  }

  /** Every demo handler away, so a new chat waits in the queue. */
  static void everyoneAway() {
    for (String handler : new String[] {"hannah", "harry"}) {
      try (HandlerThroughApi away = new HandlerThroughApi(handler)) {
        away.availability("AWAY");
      }
    }
  }

  void availability(String availability) {
    call(
        "PUT",
        "/chat/handlers/me/availability",
        "{\"availability\":\"" + availability + "\"}",
        200);
  }

  /** Opens the console stream and becomes available: waiting chats come to them. */
  HandlerThroughApi available() {
    console =
        ChatEvents.reading(URI.create(ArrangeThroughApi.api() + "/chat/handlers/me/events"))
            .headers(() -> Map.of("Authorization", "Bearer " + api.token))
            .open();
    availability("AVAILABLE");
    return this;
  }

  /** The id of their assigned chat whose messages mention {@code words}, once it is theirs. */
  String chatMentioning(String words) {
    Instant giveUp = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(giveUp)) {
      for (JsonNode chat : call("GET", "/chat/handlers/me/chats", null, 200)) {
        String id = chat.get("id").asText();
        if (messages(id).toString().contains(words)) {
          return id;
        }
      }
      pause();
    }
    throw new AssertionError(username + " was not given the chat that mentions " + words);
  }

  /** Their assigned chats (staff view), the longest held first. */
  JsonNode myChats() {
    return call("GET", "/chat/handlers/me/chats", null, 200);
  }

  JsonNode messages(String chatId) {
    return call("GET", "/chats/" + chatId + "/messages?after=0", null, 200);
  }

  int say(String chatId, String text) {
    String body =
        "{\"clientId\":\"j"
            + UUID.randomUUID().toString().replace("-", "")
            + "\",\"text\":"
            + quoted(text)
            + "}";
    return call("POST", "/chats/" + chatId + "/messages", body, 201).get("seq").asInt();
  }

  void received(String chatId, int seq) {
    call("POST", "/chats/" + chatId + "/received", "{\"seq\":" + seq + "}", 204);
  }

  /**
   * Ends the chat. case-api ends it, then answers with the chat as the caller may see it, which a
   * handler no longer may once it has ended (403 today): either answer means it has ended.
   */
  void end(String chatId) {
    try {
      call("POST", "/chats/" + chatId + "/end", null, 200);
    } catch (IllegalStateException answered) {
      if (!answered.getMessage().contains("answered 403")) {
        throw answered;
      }
    }
  }

  JsonNode chat(String chatId) {
    return call("GET", "/chats/" + chatId, null, 200);
  }

  @Override
  public void close() {
    if (console != null) {
      console.close();
    }
  }

  private static String quoted(String text) {
    try {
      return StaffApi.JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode call(String method, String path, String body, int expected) {
    return api.call(method, path, body, expected);
  }

  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
