package uk.police.portal.ui.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Sets up what a journey starts from through the real API, as the real people: a token from
 * Keycloak by password grant on the dev-only public client, then case-api calls with it. Faster
 * than a browser and just as real.
 */
final class ArrangeThroughApi {

  static final String PASSWORD = "Demo-pass-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ArrangeThroughApi() {}

  static String issuer() {
    return System.getenv()
        .getOrDefault("PORTAL_OIDC_ISSUER", "http://127.0.0.1:18180/realms/portal");
  }

  static String api() {
    return PortalServer.baseUrl() + "/api";
  }

  static String token(String username) {
    String form =
        "grant_type=password&client_id=portal-dev-cli&username="
            + username
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return send(request, 200).get("access_token").asText();
  }

  /** A theft reported by the owner of the token; returns its crime reference. */
  static String reportTheft(String citizenToken, String whatHappened) {
    ObjectNode report = JSON.createObjectNode();
    report.put("category", "THEFT");
    report.put("whatHappened", whatHappened);
    report.put("occurredOn", LocalDate.now().minusDays(1).toString());
    report.put("location", "Outside the corner shop, High Street");
    report.putObject("victim").put("someoneElse", false);
    report
        .putObject("contact")
        .put("byEmail", true)
        .put("email", "alice@example.org")
        .put("safeTimes", "Weekdays after 6pm")
        .put("mayLeaveMessages", false)
        .put("codeWord", "bluebell");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api() + "/reports"))
            .header("Authorization", "Bearer " + citizenToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(report.toString()))
            .build();
    return send(request, 201).get("reference").asText();
  }

  /**
   * Adds a file to a case as the owner of the token, its bytes as the body; returns the receipt
   * (id, sha256, ...). HTTP/1.1, as case-api's README advises for uploads.
   */
  static JsonNode upload(String token, String reference, String name, byte[] bytes) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(api() + "/cases/" + reference + "/evidence?name=" + encode(name)))
            .version(HttpClient.Version.HTTP_1_1)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    return send(request, 201);
  }

  /**
   * Signs a witness statement on the case as the owner of the token; with {@code supersedes} (a
   * statement id) it corrects that one. Returns the receipt (id, version, evidenceId, sha256...).
   */
  static JsonNode signStatement(
      String token, String reference, String account, Long supersedes, String correctionReason) {
    ObjectNode form = JSON.createObjectNode();
    form.put("fullName", "Alice Ashworth");
    form.put("over18", true);
    form.put("occupation", "Nurse");
    form.put("address", "1 High Street, Leeds");
    form.put("phone", "07700 900123");
    form.put("account", account);
    form.put("declarationAccepted", true);
    if (supersedes != null) {
      form.put("supersedes", supersedes);
      form.put("correctionReason", correctionReason);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api() + "/cases/" + reference + "/statements"))
            .version(HttpClient.Version.HTTP_1_1)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build();
    return send(request, 201);
  }

  /** A file the journeys upload, from src/test/resources beside this class. */
  static byte[] resource(String name) {
    try (var in = ArrangeThroughApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A GET as the owner of the token; path below /api, e.g. "/cases/PC-...?reason=..". */
  static JsonNode get(String token, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build();
    return send(request, 200);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static JsonNode send(HttpRequest request, int expected) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.uri()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " could not be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
