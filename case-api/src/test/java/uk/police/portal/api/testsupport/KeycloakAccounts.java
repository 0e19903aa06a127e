package uk.police.portal.api.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Accounts a test needs beyond the dev realm's demo users, made in the real Keycloak through its
 * admin REST API as the master realm's admin (PORTAL_KEYCLOAK_ADMIN, default admin/admin as the
 * launcher starts it), with the demo password. Creating one that exists already changes nothing.
 */
public final class KeycloakAccounts {

  private KeycloakAccounts() {}

  /** A staff member with one realm role (for example a third contact handler). */
  public static void ensure(String username, String firstName, String realmRole) {
    String admin = adminToken();
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("firstName", firstName)
            .add("lastName", "Test")
            .add("email", username + "@test.portal.example")
            .add("emailVerified", true)
            .add("requiredActions", Json.createArrayBuilder())
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", Keycloak.PASSWORD)
                            .add("temporary", false)))
            .build();
    HttpResponse<String> created = admin(admin, "POST", "/users", user.toString());
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new IllegalStateException(
          "Keycloak refused the user " + username + ": " + created.body());
    }
    String id = userId(admin, username);
    String role = ok(admin(admin, "GET", "/roles/" + realmRole, null));
    String mappings = "/users/" + id + "/role-mappings/realm";
    ok(admin(admin, "POST", mappings, "[" + role + "]"));
    // New users get the realm's default roles (citizen): staff have their one role only.
    JsonArray others =
        Json.createReader(new StringReader(ok(admin(admin, "GET", mappings, null))))
            .readArray()
            .stream()
            .filter(mapped -> !realmRole.equals(mapped.asJsonObject().getString("name")))
            .collect(Json::createArrayBuilder, JsonArrayBuilder::add, JsonArrayBuilder::addAll)
            .build();
    if (!others.isEmpty()) {
      ok(admin(admin, "DELETE", mappings, others.toString()));
    }
  }

  private static String userId(String admin, String username) {
    String found =
        ok(
            admin(
                admin,
                "GET",
                "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                null));
    JsonArray users = Json.createReader(new StringReader(found)).readArray();
    return users.getJsonObject(0).getString("id");
  }

  private static String adminToken() {
    String base = Keycloak.issuer().substring(0, Keycloak.issuer().indexOf("/realms/"));
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(env("PORTAL_KEYCLOAK_ADMIN", "admin"), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(
                env("PORTAL_KEYCLOAK_ADMIN_PASSWORD", "admin"), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    return Keycloak.json(ok(response)).getString("access_token");
  }

  private static HttpResponse<String> admin(String token, String method, String path, String json) {
    String realm = Keycloak.issuer().replace("/realms/", "/admin/realms/");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(realm + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return Http.send(request.build());
  }

  private static String ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "Keycloak admin API "
              + response.request().method()
              + " "
              + response.request().uri()
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response.body();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
