package uk.police.portal.api.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The staff side of live chat as tests drive it through the API: handlers' availability and chats,
 * the supervisor's board and settings, and a reset that leaves no chat waiting or with the demo
 * handlers (hannah, harry) and both away with limit 4 and both skills.
 */
public final class ChatDesk {

  public static final List<String> HANDLERS = List.of("hannah", "harry");
  public static final String SUPERVISOR = "sam";

  private ChatDesk() {}

  public static JsonObject me(URL api, String handler) {
    return ok(Http.get(api, "chat/handlers/me", Tokens.of(handler)));
  }

  public static JsonObject availability(URL api, String handler, String availability) {
    return ok(
        Http.send(
            api,
            "PUT",
            "chat/handlers/me/availability",
            Tokens.of(handler),
            "{\"availability\":\"" + availability + "\"}"));
  }

  public static HttpResponse<String> setLimit(
      URL api, String handler, int limit, String... skills) {
    JsonArrayBuilder queues = Json.createArrayBuilder();
    for (String skill : skills) {
      queues.add(skill);
    }
    String body =
        Json.createObjectBuilder().add("chatLimit", limit).add("skills", queues).build().toString();
    return Http.send(api, "PUT", "chat/handlers/" + handler, Tokens.of(SUPERVISOR), body);
  }

  /** The handler's chats (staff views), oldest assignment first. */
  public static List<JsonObject> chatsOf(URL api, String handler) {
    return array(Http.get(api, "chat/handlers/me/chats", Tokens.of(handler)))
        .getValuesAs(JsonObject.class);
  }

  public static List<String> chatIdsOf(URL api, String handler) {
    return chatsOf(api, handler).stream().map(c -> c.getString("id")).toList();
  }

  public static JsonObject board(URL api) {
    return ok(Http.get(api, "chat/queues", Tokens.of(SUPERVISOR)));
  }

  /** Ids of the chats waiting in a queue, in routing order. */
  public static List<String> waitingIn(URL api, String queue) {
    return board(api).getJsonArray("queues").getValuesAs(JsonObject.class).stream()
        .filter(q -> q.getString("queue").equals(queue))
        .flatMap(q -> q.getJsonArray("waiting").getValuesAs(JsonObject.class).stream())
        .map(w -> w.getString("chatId"))
        .toList();
  }

  public static HttpResponse<String> end(URL api, String chatId, String user) {
    return Http.send(api, "POST", "chats/" + chatId + "/end", Tokens.of(user), null);
  }

  /**
   * No chat waiting or with a demo handler; both handlers away, limit 4, both skills. Away first,
   * so that nothing is dispatched while the rest is cleared; the supervisor ends every chat, as the
   * sweep may be moving a handler's chats back to the queue meanwhile.
   */
  public static void reset(URL api) {
    for (String handler : HANDLERS) {
      me(api, handler);
      availability(api, handler, "AWAY");
    }
    Poll.until(
        "no chat waiting or with hannah or harry",
        () -> {
          List<String> open = new java.util.ArrayList<>();
          HANDLERS.forEach(handler -> open.addAll(chatIdsOf(api, handler)));
          open.addAll(waitingIn(api, "GENERAL"));
          open.addAll(waitingIn(api, "PUBLIC_PROTECTION"));
          open.forEach(id -> ok(end(api, id, SUPERVISOR)));
          return open.isEmpty();
        });
    for (String handler : HANDLERS) {
      ok(setLimit(api, handler, 4, "GENERAL", "PUBLIC_PROTECTION"));
    }
  }

  private static JsonObject ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    return Keycloak.json(response.body());
  }

  private static JsonArray array(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
