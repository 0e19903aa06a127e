package uk.police.portal.api.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Reports as the portal sends them, and a way to file one for a test's arrangement. */
public final class Reports {

  public static final String STORY =
      "Someone took my bike from outside the library while I was inside.";

  private Reports() {}

  public static JsonObjectBuilder theft(String email) {
    return Json.createObjectBuilder()
        .add("category", "THEFT")
        .add("whatHappened", STORY)
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
                .add("byEmail", email != null)
                .add("email", email == null ? "" : email)
                .add("byPhone", false)
                .add("byText", false)
                .add("mayLeaveMessages", false)
                .add("codeWord", "bluebell"));
  }

  public static String uniqueEmail(String who) {
    return who + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  /** Files a theft report as this user; returns the receipt. */
  public static JsonObject file(URL api, String username, JsonObjectBuilder report) {
    HttpResponse<String> response =
        Http.send(api, "POST", "reports", Keycloak.token(username), report.build().toString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("Report refused: " + response.body());
    }
    return Keycloak.json(response.body());
  }
}
