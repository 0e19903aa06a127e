package uk.police.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A citizen's way in: a theft report through case-api, then a file added to it as the body of one
 * HTTP/1.1 POST, streamed from disk. HTTP/1.1 as browsers and curl speak to a plain-http server
 * (the JDK client would ask Payara for h2c otherwise; see case-api/README.md).
 */
final class PortalPath {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String apiUrl;

  /** The receipt's figures that the benchmark checks. */
  record Receipt(long size, String sha256, String typeInWords) {}

  PortalPath(String apiUrl) {
    this.apiUrl = apiUrl;
  }

  /** Files a theft report with no email contact (so no mail is sent); returns its reference. */
  String report(String token) throws IOException, InterruptedException {
    JsonObject theft =
        Json.createObjectBuilder()
            .add("category", "THEFT")
            .add("whatHappened", "Someone took my bike while a benchmark was running.")
            .add("occurredOn", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString())
            .add("occurredTime", "about 3pm")
            .add("location", "Outside Central Library, Chamberlain Square")
            .add("property", "A blue Raleigh bike")
            .add("propertyValuePounds", 350)
            .add("victim", Json.createObjectBuilder().add("someoneElse", false))
            .add(
                "vulnerability",
                Json.createObjectBuilder().add("feelsUnsafe", false).add("happenedBefore", false))
            .add(
                "contact",
                Json.createObjectBuilder()
                    .add("byEmail", false)
                    .add("email", "")
                    .add("byPhone", false)
                    .add("byText", false)
                    .add("mayLeaveMessages", false)
                    .add("codeWord", "bluebell"))
            .build();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(apiUrl + "/reports"))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(theft.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IOException(
          "case-api refused the report: " + response.statusCode() + " " + response.body());
    }
    return json(response.body()).getString("reference");
  }

  Receipt upload(String token, String reference, Path file)
      throws IOException, InterruptedException {
    URI uri =
        URI.create(
            apiUrl
                + "/cases/"
                + reference
                + "/evidence?name="
                + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IOException(
          "case-api refused the upload: " + response.statusCode() + " " + response.body());
    }
    JsonObject receipt = json(response.body());
    return new Receipt(
        receipt.getJsonNumber("size").longValue(),
        receipt.getString("sha256"),
        receipt.getString("typeInWords"));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
