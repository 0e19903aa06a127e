package uk.police.portal.ui.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** case-api called with one demo staff member's own token, for journeys that arrange the desk. */
final class StaffApi {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  final String username;
  final String token;

  StaffApi(String username) {
    this.username = username;
    this.token = ArrangeThroughApi.token(username);
  }

  /**
   * The answer's JSON; fails, saying what case-api answered, unless the status is {@code expected}.
   */
  JsonNode call(String method, String path, String body, int expected) {
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
                + " as "
                + username
                + " answered "
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
