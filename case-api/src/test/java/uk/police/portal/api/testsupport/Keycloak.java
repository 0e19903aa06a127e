package uk.police.portal.api.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Real tokens from the real Keycloak that {@code ./portal test} started, by password grant on the
 * dev overlay's test-only public clients.
 */
public final class Keycloak {

  public static final String PASSWORD = "Demo-pass-2026!";

  private Keycloak() {}

  public static String issuer() {
    String issuer = System.getenv("PORTAL_OIDC_ISSUER");
    return issuer == null ? "http://127.0.0.1:8180/realms/portal" : issuer;
  }

  /** An access token for a demo user, valid for the realm's normal lifetime. */
  public static String token(String username) {
    return token("portal-dev-cli", username);
  }

  /** A correctly signed access token that expires two seconds after it is issued. */
  public static String shortLivedToken(String username) {
    return token("portal-dev-cli-short", username);
  }

  static String token(String client, String username) {
    String form =
        "grant_type=password&client_id="
            + client
            + "&username="
            + username
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = Http.send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak at " + issuer() + " refused a token for " + username + ": " + response.body());
    }
    return json(response.body()).getString("access_token");
  }

  public static JsonObject claims(String token) {
    String payload = token.split("\\.")[1];
    return json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  public static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
