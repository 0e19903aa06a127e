package uk.police.portal.api.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Live chats as a citizen makes them, through the public API: start a chat, talk to the bot until
 * it hands over, read what the citizen sees. For routing tests: {@link #handedOver} gives a chat
 * waiting in a queue (or already with a handler, if one was free).
 */
public final class LiveChats {

  /** A chat and its secret token, as the citizen's browser keeps them. */
  public record Chat(String id, String token) {}

  /**
   * What a citizen says to the bot, message by message, for a chat of a known queue and priority.
   */
  public enum Script {
    /** GENERAL queue, STANDARD priority. */
    THEFT(
        "GENERAL",
        "STANDARD",
        "someone stole my bike from outside the library",
        "no",
        "yes",
        "this morning about 9",
        "Central Library, Broad Street",
        "no",
        "07700 900123"),
    /** Handed over at once: the safety rule fires on the first message. */
    EMERGENCY(null, "EMERGENCY", "my ex is outside my door with a knife"),
    /** PUBLIC_PROTECTION queue, HIGH_RISK priority. */
    DOMESTIC_ABUSE(
        "PUBLIC_PROTECTION",
        "HIGH_RISK",
        "my husband controls all my money and hits me when he drinks, it happens every week",
        "no",
        "yes",
        "on saturday",
        "bruises on my arm",
        "no he is at work",
        "text only, after 2pm");

    public final String queue;
    public final String priority;
    public final List<String> lines;

    Script(String queue, String priority, String... lines) {
      this.queue = queue;
      this.priority = priority;
      this.lines = List.of(lines);
    }
  }

  private LiveChats() {}

  /** A new anonymous chat; the bot has greeted. */
  public static Chat start(URL api) {
    HttpResponse<String> response = Http.send(api, "POST", "chats", null, "{\"language\":\"en\"}");
    if (response.statusCode() != 201) {
      throw new AssertionError("Starting a chat: " + response.statusCode() + " " + response.body());
    }
    JsonObject started = Keycloak.json(response.body());
    return new Chat(started.getString("id"), started.getString("token"));
  }

  /** A chat the bot has handed over: waiting in its queue, or with a handler already. */
  public static Chat handedOver(URL api, Script script) {
    Chat chat = start(api);
    script.lines.forEach(line -> say(api, chat, line));
    awaitLeftTheBot(api, chat);
    return chat;
  }

  /** A chat one message short of the hand-over; {@link #finish} sends the last one. */
  public static Chat almostHandedOver(URL api, Script script) {
    Chat chat = start(api);
    script.lines.subList(0, script.lines.size() - 1).forEach(line -> say(api, chat, line));
    return chat;
  }

  public static void finish(URL api, Chat chat, Script script) {
    say(api, chat, script.lines.get(script.lines.size() - 1));
  }

  public static void awaitLeftTheBot(URL api, Chat chat) {
    Poll.until(
        "chat " + chat.id() + " handed over",
        () -> view(api, chat).getString("state"),
        state -> !state.equals("BOT"));
  }

  public static HttpResponse<String> say(URL api, Chat chat, String text) {
    String body =
        Json.createObjectBuilder()
            .add("clientId", UUID.randomUUID().toString())
            .add("text", text)
            .build()
            .toString();
    HttpResponse<String> response =
        asCitizen(api, "POST", "chats/" + chat.id() + "/messages", chat, body);
    if (response.statusCode() != 201) {
      throw new AssertionError("Citizen message: " + response.statusCode() + " " + response.body());
    }
    return response;
  }

  /** The chat as its citizen sees it. */
  public static JsonObject view(URL api, Chat chat) {
    return Keycloak.json(asCitizen(api, "GET", "chats/" + chat.id(), chat, null).body());
  }

  /** The messages the citizen sees, in order. */
  public static List<JsonObject> messages(URL api, Chat chat) {
    HttpResponse<String> response =
        asCitizen(api, "GET", "chats/" + chat.id() + "/messages?after=0", chat, null);
    return Json.createReader(new java.io.StringReader(response.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  /** The messages a member of staff sees (staff notes too). */
  public static List<JsonObject> staffMessages(URL api, String chatId, String username) {
    HttpResponse<String> response =
        Http.get(api, "chats/" + chatId + "/messages?after=0", Tokens.of(username));
    if (response.statusCode() != 200) {
      throw new AssertionError("Staff messages: " + response.statusCode() + " " + response.body());
    }
    return Json.createReader(new java.io.StringReader(response.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  /** A handler writes in a chat they have. */
  public static HttpResponse<String> handlerSays(
      URL api, String chatId, String username, String text) {
    String body =
        Json.createObjectBuilder()
            .add("clientId", UUID.randomUUID().toString())
            .add("text", text)
            .build()
            .toString();
    return Http.send(api, "POST", "chats/" + chatId + "/messages", Tokens.of(username), body);
  }

  public static HttpResponse<String> asCitizen(
      URL api, String method, String path, Chat chat, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.toString()).resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Chat-Token", chat.token());
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return Http.send(request.build());
  }
}
