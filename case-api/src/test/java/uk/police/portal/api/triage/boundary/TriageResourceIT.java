package uk.police.portal.api.triage.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** {@code POST /api/triage}: the chatbot's first look at a message, over HTTP with real tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TriageResourceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  @Test
  void stolenBikeIsATheftWithNoReferral() {
    JsonObject result =
        ok(triage("alice", text("Someone nicked my bike from outside the station")));

    assertThat(result.getString("category")).isEqualTo("THEFT");
    assertThat(result.getBoolean("emergency")).isFalse();
    assertThat(result.isNull("referral")).isTrue();
    assertThat(result.getString("language")).isEqualTo("en");
  }

  @Test
  void someoneOutsideWithAKnifeIsAnEmergency() {
    JsonObject result = ok(triage("alice", text("he is outside my front door with a knife")));

    assertThat(result.getBoolean("emergency")).isTrue();
    assertThat(result.getString("safetyRule")).isNotBlank();
  }

  @Test
  void fraudIsReferredToActionFraud() {
    JsonObject result =
        ok(
            triage(
                "bob",
                text("I paid for a phone on a website and it never came, they took my money")));

    assertThat(result.getString("referral")).isEqualTo("ACTION_FRAUD");
  }

  @Test
  void emptyTextIsAPlainEnglish400() {
    JsonObject problem = assertProblem(triage("alice", text("   ")), 400);
    assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception");
  }

  @Test
  void tenThousandCharactersAreRefusedWithAClearMessage() {
    assertProblem(triage("alice", text("a".repeat(10_000))), 400);
  }

  @Test
  void missingTextFieldIsExplained() {
    JsonObject problem = assertProblem(triage("alice", "{}"), 400);
    assertThat(problem.getString("detail")).contains("\"text\"");
  }

  @Test
  void brokenJsonIsA400NotAStackTrace() {
    assertProblem(triage("alice", "{\"text\": "), 400);
  }

  @Test
  void scriptTagsAreJustText() {
    JsonObject result =
        ok(triage("alice", text("<script>alert(1)</script> my car window was smashed")));
    assertThat(result.getString("category")).isNotBlank();
  }

  @Test
  void withoutATokenItIs401() {
    assertProblem(post(null, text("my bike was stolen")), 401);
  }

  private HttpResponse<String> triage(String user, String body) {
    return post(Keycloak.token(user), body);
  }

  private HttpResponse<String> post(String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.toString()).resolve("triage"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Http.send(request.build());
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Keycloak.json(response.body());
  }

  private static String text(String text) {
    return Json.createObjectBuilder().add("text", text).build().toString();
  }
}
