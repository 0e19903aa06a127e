package uk.police.portal.api.health.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.police.portal.api.testsupport.CaseApiWar;
import uk.police.portal.api.testsupport.Http;
import uk.police.portal.api.testsupport.Keycloak;

/**
 * The server started with the database and the object store pointed at closed ports: it must come
 * up, say it is not ready, and answer what needs them with 503, while the rest keeps working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DegradedDependenciesIT {

  @Deployment(testable = false)
  @TargetsContainer("degraded")
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  @Test
  void notReadyAndNamesWhatIsMissing() {
    HttpResponse<String> response = Http.get(api, "health/ready", null);

    assertThat(response.statusCode()).isEqualTo(503);
    JsonObject health = Keycloak.json(response.body());
    assertThat(health.getString("status")).isEqualTo("DOWN");
    assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("name") + "=" + c.getString("status"))
        .contains("database=DOWN", "object-store=DOWN", "identity-provider=UP");
  }

  @Test
  void stillAlive() {
    assertThat(Http.get(api, "health/live", null).statusCode()).isEqualTo(200);
  }

  @Test
  void requestNeedingTheDatabaseGets503ProblemDetails() {
    JsonObject problem = assertProblem(Http.get(api, "audit", Keycloak.token("sam")), 503);
    assertThat(problem.getString("detail")).contains("database");
    assertThat(problem.getString("detail")).contains("Nothing you already saved has been lost");
  }

  @Test
  void requestNotNeedingTheDatabaseStillWorks() {
    assertThat(Http.get(api, "me", Keycloak.token("alice")).statusCode()).isEqualTo(200);
  }
}
