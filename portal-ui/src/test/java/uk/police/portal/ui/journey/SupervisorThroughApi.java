package uk.police.portal.ui.journey;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sam, the supervisor, through the chat API: so a chat journey starts from known handler rows
 * (limits, queues, nobody else free) and no chat left over from an earlier journey, whatever ran
 * before it on the same server.
 */
final class SupervisorThroughApi {

  private final StaffApi sam = new StaffApi("sam");

  /**
   * Every demo handler away with no chats, hannah and harry with the given limit and both queues,
   * and no chat waiting in any queue.
   */
  static void clearTheDesk(int limit) {
    SupervisorThroughApi sam = new SupervisorThroughApi();
    for (String handler : new String[] {"hannah", "harry"}) {
      try (HandlerThroughApi row = new HandlerThroughApi(handler)) {
        row.availability("AWAY");
        for (JsonNode chat : row.myChats()) {
          sam.end(chat.get("id").asText());
        }
      }
      sam.handler(handler, limit);
    }
    for (JsonNode queue : sam.board().get("queues")) {
      for (JsonNode waiting : queue.get("waiting")) {
        sam.end(waiting.get("chatId").asText());
      }
    }
  }

  JsonNode board() {
    return call("GET", "/chat/queues", null, 200);
  }

  void handler(String username, int limit) {
    call(
        "PUT",
        "/chat/handlers/" + username,
        "{\"chatLimit\":" + limit + ",\"skills\":[\"GENERAL\",\"PUBLIC_PROTECTION\"]}",
        200);
  }

  void end(String chatId) {
    call("POST", "/chats/" + chatId + "/end", null, 200);
  }

  private JsonNode call(String method, String path, String body, int expected) {
    return sam.call(method, path, body, expected);
  }
}
