package uk.police.portal.ui.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sam, the supervisor, through the chat API: so a chat journey starts from known handler rows
 * (limits, queues, nobody else free) and no chat left over from an earlier journey, whatever ran
 * before it on the same server.
 */
final class SupervisorThroughApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String token = ArrangeThroughApi.token("sam");

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
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(ArrangeThroughApi.api() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(20))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            method
                + " "
                + path
                + " as sam answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(path + " could not be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
