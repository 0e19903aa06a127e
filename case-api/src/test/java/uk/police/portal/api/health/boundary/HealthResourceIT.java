package uk.police.portal.api.health.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
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

/** Health and the API description, with the database, S3 and Keycloak all up. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthResourceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  @Test
  void readyWhenDatabaseObjectStoreAndKeycloakAnswer() {
    HttpResponse<String> response = Http.get(api, "health/ready", null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject health = Keycloak.json(response.body());
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("name") + "=" + c.getString("status"))
        .containsExactlyInAnyOrder("database=UP", "object-store=UP", "identity-provider=UP");
  }

  @Test
  void liveWithoutAToken() {
    HttpResponse<String> response = Http.get(api, "health/live", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Keycloak.json(response.body()).getString("status")).isEqualTo("UP");
  }

  @Test
  void openApiDocumentListsTheApi() {
    HttpResponse<String> response = Http.get(api, "openapi", null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body())
        .contains("/me")
        .contains("/audit")
        .contains("/health/ready")
        .contains("/reports")
        .contains("/report-draft")
        .contains("/cases/{reference}/events")
        .contains("/cases/{reference}/messages")
        .contains("/cases/{reference}/officer")
        .contains("/work-queue")
        .contains("/staff/investigators");
  }
}
