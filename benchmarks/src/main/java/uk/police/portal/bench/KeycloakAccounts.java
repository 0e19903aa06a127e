package uk.police.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Accounts in the bench Keycloak's realm {@code portal}, made through the admin REST API as the
 * master realm's admin. New users get the realm's default roles, so they are citizens; they get a
 * name, a verified email and a password, so nothing is left for them to do before signing in. A
 * staff account is a user whose only realm role is theirs ({@link #makeStaff}).
 */
final class KeycloakAccounts {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final String baseUrl;
  private final String adminUser;
  private final String adminPassword;
  private String adminToken;
  private Instant adminTokenExpires = Instant.MIN;

  /** A citizen's tokens from the password grant of the dev realm's public client portal-dev-cli. */
  record Tokens(String access, String refresh, Instant expires) {}

  KeycloakAccounts(String baseUrl, String adminUser, String adminPassword) {
    this.baseUrl = baseUrl;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  /** The subject (Keycloak's user id) of the user, created now (a citizen) or by an earlier run. */
  String ensureUser(String username, String password, String firstName, String lastName)
      throws IOException, InterruptedException {
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("firstName", firstName)
            .add("lastName", lastName)
            .add("email", username + "@bench.example.org")
            .add("emailVerified", true)
            .add("requiredActions", Json.createArrayBuilder())
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build();
    HttpResponse<String> created =
        send(
            admin("/admin/realms/portal/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
    if (created.statusCode() == 201) {
      String location = created.headers().firstValue("Location").orElseThrow();
      return location.substring(location.lastIndexOf('/') + 1);
    }
    if (created.statusCode() == 409) {
      return existingId(username);
    }
    throw new IOException(
        "Keycloak refused the user " + username + ": " + created.statusCode() + created.body());
  }

  /**
   * Gives the user the realm role {@code role} and takes away the realm's default roles, so their
   * tokens carry that role alone (a contact handler is not also a citizen).
   */
  void makeStaff(String userId, String role) throws IOException, InterruptedException {
    String mappings = "/admin/realms/portal/users/" + userId + "/role-mappings/realm";
    JsonArray grant = Json.createArrayBuilder().add(realmRole(role)).build();
    expect(
        204,
        "grant " + role,
        send(
            admin(mappings)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(grant.toString()))));
    JsonArray defaults = Json.createArrayBuilder().add(realmRole("default-roles-portal")).build();
    expect(
        204,
        "remove the default roles",
        send(
            admin(mappings)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(defaults.toString()))));
  }

  /** How long the realm's access tokens live; the realm's own setting is 300 s. */
  void setAccessTokenLifespan(int seconds) throws IOException, InterruptedException {
    JsonObject realm = Json.createObjectBuilder().add("accessTokenLifespan", seconds).build();
    expect(
        204,
        "set the token lifespan",
        send(
            admin("/admin/realms/portal")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(realm.toString()))));
  }

  /** New tokens for a signed-in user, from their refresh token. */
  Tokens refresh(Tokens tokens) throws IOException, InterruptedException {
    return tokens(
        "the refresh",
        send(
            form(
                "/realms/portal/protocol/openid-connect/token",
                "grant_type=refresh_token&client_id=portal-dev-cli&refresh_token="
                    + URLEncoder.encode(tokens.refresh(), StandardCharsets.UTF_8))));
  }

  private JsonObject realmRole(String role) throws IOException, InterruptedException {
    HttpResponse<String> found = send(admin("/admin/realms/portal/roles/" + role).GET());
    expect(200, "find the role " + role, found);
    return Json.createReader(new StringReader(found.body())).readObject();
  }

  private static void expect(int status, String what, HttpResponse<String> response)
      throws IOException {
    if (response.statusCode() != status) {
      throw new IOException(
          "Keycloak refused to " + what + ": " + response.statusCode() + " " + response.body());
    }
  }

  private static Tokens tokens(String what, HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200) {
      throw new IOException(
          "Keycloak refused " + what + ": " + response.statusCode() + response.body());
    }
    JsonObject token = Json.createReader(new StringReader(response.body())).readObject();
    return new Tokens(
        token.getString("access_token"),
        token.getString("refresh_token"),
        Instant.now().plusSeconds(token.getInt("expires_in")));
  }

  Tokens signIn(String username, String password) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(
            form(
                "/realms/portal/protocol/openid-connect/token",
                "grant_type=password&client_id=portal-dev-cli&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8)));
    return tokens("the sign-in of " + username, response);
  }

  private String existingId(String username) throws IOException, InterruptedException {
    HttpResponse<String> found =
        send(
            admin(
                    "/admin/realms/portal/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .GET());
    JsonArray users = Json.createReader(new StringReader(found.body())).readArray();
    if (found.statusCode() != 200 || users.size() != 1) {
      throw new IOException("Could not find the existing user " + username + ": " + found.body());
    }
    return users.getJsonObject(0).getString("id");
  }

  private HttpRequest.Builder admin(String path) throws IOException, InterruptedException {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + adminToken());
  }

  /** The master realm's tokens live 60 s by default: take a new one well before that. */
  private synchronized String adminToken() throws IOException, InterruptedException {
    if (Instant.now().isBefore(adminTokenExpires)) {
      return adminToken;
    }
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(adminUser, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(form("/realms/master/protocol/openid-connect/token", form));
    if (response.statusCode() != 200) {
      throw new IOException(
          "Keycloak refused the admin sign-in: " + response.statusCode() + response.body());
    }
    JsonObject token = Json.createReader(new StringReader(response.body())).readObject();
    adminToken = token.getString("access_token");
    adminTokenExpires = Instant.now().plusSeconds(token.getInt("expires_in") / 2);
    return adminToken;
  }

  private HttpRequest.Builder form(String path, String form) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
