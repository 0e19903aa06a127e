package uk.police.portal.api.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.police.portal.api.testsupport.CaseApiWar;
import uk.police.portal.api.testsupport.Http;
import uk.police.portal.api.testsupport.Keycloak;

/** {@code GET /api/me} and role checks, with real Keycloak tokens against the real WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeResourceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  @Test
  void citizenSeesTheirOwnNameAndRole() {
    String token = Keycloak.token("alice");

    HttpResponse<String> response = Http.get(api, "me", token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject me = Keycloak.json(response.body());
    assertThat(me.getString("username")).isEqualTo("alice");
    assertThat(me.getString("subject")).isEqualTo(Keycloak.claims(token).getString("sub"));
    assertThat(me.getString("name")).isNotBlank().isNotEqualTo("alice");
    assertThat(me.getJsonArray("roles").getValuesAs(v -> v.toString()))
        .containsExactly("\"citizen\"");
  }

  @Test
  void contactHandlerHasOnlyTheStaffRole() {
    HttpResponse<String> response = Http.get(api, "me", Keycloak.token("hannah"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Keycloak.json(response.body()).getJsonArray("roles").getString(0))
        .isEqualTo("contact-handler");
    assertThat(Keycloak.json(response.body()).getJsonArray("roles")).hasSize(1);
  }

  @Test
  void noTokenIsRefusedWithProblemDetailsAndBearerChallenge() {
    HttpResponse<String> response = Http.get(api, "me", null);

    JsonObject problem = assertProblem(response, 401);
    assertThat(problem.getString("detail")).contains("Sign in");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
  }

  @Test
  void expiredTokenIsRefused() throws InterruptedException {
    String token = Keycloak.shortLivedToken("alice");
    long expires = Keycloak.claims(token).getJsonNumber("exp").longValue();
    Thread.sleep(Math.max(0, (expires - Instant.now().getEpochSecond() + 2) * 1000));

    assertProblem(Http.get(api, "me", token), 401);
  }

  @Test
  void tokenSignedByAnotherKeyIsRefused() throws Exception {
    String real = Keycloak.token("alice");
    String[] parts = real.split("\\.");

    String forged = signWithNewKey(parts[0], parts[1]);

    assertProblem(Http.get(api, "me", forged), 401);
  }

  @Test
  void tokenWhoseClaimsWereChangedIsRefused() {
    String[] parts = Keycloak.token("alice").split("\\.");
    String payload = decode(parts[1]).replace("\"citizen\"", "\"supervisor\"");

    String tampered = parts[0] + "." + encode(payload) + "." + parts[2];

    assertProblem(Http.get(api, "audit", tampered), 401);
  }

  @Test
  void tokenForAnotherAudienceIsRefused() throws Exception {
    String[] parts = Keycloak.token("alice").split("\\.");
    JsonObject claims = Keycloak.json(decode(parts[1]));
    var noAudience = Json.createObjectBuilder(claims).remove("aud").build().toString();

    // Signed by a key Keycloak never had, so this also shows that no claim helps a forged token.
    assertProblem(Http.get(api, "me", signWithNewKey(parts[0], encode(noAudience))), 401);
  }

  @Test
  void citizenMayNotReadTheAuditLog() {
    JsonObject problem = assertProblem(Http.get(api, "audit", Keycloak.token("alice")), 403);
    assertThat(problem.getString("detail")).contains("permission");
  }

  @Test
  void contactHandlerAndInvestigatorMayNotReadTheAuditLog() {
    assertProblem(Http.get(api, "audit", Keycloak.token("hannah")), 403);
    assertProblem(Http.get(api, "audit", Keycloak.token("ian")), 403);
  }

  @Test
  void supervisorReadsTheAuditLogAndTheReadIsItselfLogged() {
    String token = Keycloak.token("sam");
    Http.get(api, "audit", token);

    HttpResponse<String> response = Http.get(api, "audit?size=5", token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject newest =
        Keycloak.json("{\"e\":" + response.body() + "}").getJsonArray("e").getJsonObject(0);
    assertThat(newest.getString("actor")).isEqualTo("sam");
    assertThat(newest.getString("action")).isEqualTo("READ");
    assertThat(newest.getString("subjectType")).isEqualTo("audit-log");
    assertThat(newest.getString("reason")).isEqualTo("audit review");
  }

  @Test
  void adminMayReadTheAuditLog() {
    assertThat(Http.get(api, "audit", Keycloak.token("ada")).statusCode()).isEqualTo(200);
  }

  @Test
  void nonsensePagingIsABadRequestInPlainEnglish() {
    JsonObject problem =
        assertProblem(Http.get(api, "audit?size=100000", Keycloak.token("sam")), 400);
    assertThat(problem.getString("detail")).contains("size must be between 1 and 200");
  }

  @Test
  void unknownAddressIsAProblemNotAnHtmlPage() {
    assertProblem(Http.get(api, "no-such-thing", Keycloak.token("alice")), 404);
  }

  private static String signWithNewKey(String header, String payload) throws Exception {
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(keys.generateKeyPair().getPrivate());
    rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
    return header
        + "."
        + payload
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
