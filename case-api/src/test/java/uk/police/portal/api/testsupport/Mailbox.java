package uk.police.portal.api.testsupport;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The real GreenMail that {@code ./portal test} started, read through its REST API. */
public final class Mailbox {

  private Mailbox() {}

  static String api() {
    String port = System.getenv().getOrDefault("PORTAL_MAIL_API_PORT", "18025");
    return "http://127.0.0.1:" + port + "/api/user/";
  }

  /** The messages delivered to an address so far (subject and the raw MIME text). */
  public static List<JsonObject> messages(String address) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    api() + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages"))
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> response = Http.send(request);
    if (response.statusCode() != 200) {
      return List.of();
    }
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
      JsonArray all = reader.readArray();
      return all.getValuesAs(JsonObject.class);
    }
  }

  /** Waits (up to 30 s) for at least this many messages; mail goes out after the commit. */
  public static List<JsonObject> awaitMessages(String address, int count) {
    Instant giveUp = Instant.now().plusSeconds(30);
    List<JsonObject> found = messages(address);
    while (found.size() < count && Instant.now().isBefore(giveUp)) {
      sleep();
      found = messages(address);
    }
    return found;
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
