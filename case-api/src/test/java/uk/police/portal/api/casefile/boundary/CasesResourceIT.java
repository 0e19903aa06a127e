package uk.police.portal.api.casefile.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import uk.police.portal.api.testsupport.Mailbox;
import uk.police.portal.api.testsupport.Reports;

/**
 * Reporting, reading and working cases through the real WAR with real Keycloak tokens, and the real
 * GreenMail for the emails. Each test files its own cases, so the database may hold others.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasesResourceIT {

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  private static final Map<String, Instant> FETCHED = new ConcurrentHashMap<>();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  /** Tokens live five minutes in the dev realm; a fresh one after four. */
  static String token(String username) {
    Instant fetched = FETCHED.get(username);
    if (fetched == null || fetched.isBefore(Instant.now().minusSeconds(240))) {
      TOKENS.put(username, Keycloak.token(username));
      FETCHED.put(username, Instant.now());
    }
    return TOKENS.get(username);
  }

  private HttpResponse<String> get(String path, String user) {
    return Http.get(api, path, user == null ? null : token(user));
  }

  private HttpResponse<String> send(String method, String path, String user, String json) {
    return Http.send(api, method, path, user == null ? null : token(user), json);
  }

  private String reportFor(String user) {
    return Reports.file(api, user, Reports.theft(null)).getString("reference");
  }

  private static String event(String type, String text) {
    return Json.createObjectBuilder().add("type", type).add("text", text).build().toString();
  }

  private static String officer(String username) {
    return Json.createObjectBuilder().add("officer", username).build().toString();
  }

  @Test
  void citizenReportsACrimeAndGetsAReferenceReadableOverThePhone() {
    HttpResponse<String> response =
        send("POST", "reports", "alice", Reports.theft(null).build().toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject receipt = Keycloak.json(response.body());
    String reference = receipt.getString("reference");
    assertThat(reference).matches("PC-[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}");
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/api/cases/" + reference));
    assertThat(receipt.getJsonArray("whatHappensNext").getString(0))
        .startsWith("We will look at your report and tell you by");
    assertThat(receipt.getString("howToContactUs")).contains("101").contains(reference);
    assertThat(receipt.getBoolean("emailSent")).isFalse();

    JsonObject mine = Keycloak.json(get("cases?page=0&size=200", "alice").body());
    assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            item -> {
              assertThat(item.getString("reference")).isEqualTo(reference);
              assertThat(item.getString("categoryName")).isEqualTo("Theft");
              assertThat(item.getString("statusText")).isEqualTo("Received");
              assertThat(item.getString("nextUpdateBy")).isNotBlank();
            });
  }

  @Test
  void confirmationEmailSaysNothingAboutTheCrime() {
    String email = Reports.uniqueEmail("alice");
    String reference = Reports.file(api, "alice", Reports.theft(email)).getString("reference");

    List<JsonObject> mail = Mailbox.awaitMessages(email, 1);

    assertThat(mail).hasSize(1);
    String subject = mail.get(0).getString("subject");
    assertThat(subject).isEqualTo("Your reference number: " + reference);
    String raw = mail.get(0).toString();
    assertThat(raw).contains(reference).contains("101").doesNotContain("bike");
  }

  @Test
  void noEmailAtAllWhenThePersonSaidNotToEmail() {
    String refused = Reports.uniqueEmail("alice");
    var report = Reports.theft(refused);
    report.add(
        "contact",
        Json.createObjectBuilder()
            .add("byEmail", false)
            .add("email", refused)
            .add("byPhone", true)
            .add("phone", "01632 960 001"));
    JsonObject receipt = Reports.file(api, "alice", report);
    assertThat(receipt.getBoolean("emailSent")).isFalse();
    // A later report that may be emailed arrives; the earlier one still has sent nothing.
    String allowed = Reports.uniqueEmail("alice");
    Reports.file(api, "alice", Reports.theft(allowed));
    assertThat(Mailbox.awaitMessages(allowed, 1)).hasSize(1);

    assertThat(Mailbox.messages(refused)).isEmpty();
  }

  @Test
  void anotherCitizensCaseLooksExactlyLikeOneThatDoesNotExist() {
    String alices = reportFor("alice");

    HttpResponse<String> notHers = get("cases/" + alices, "bob");
    HttpResponse<String> nobodys = get("cases/PC-3333-3333", "bob");
    HttpResponse<String> malformed = get("cases/not-a-reference", "bob");

    String detail = assertProblem(notHers, 404).getString("detail");
    assertThat(detail).startsWith("We cannot find a case with that reference");
    assertThat(assertProblem(nobodys, 404).getString("detail")).isEqualTo(detail);
    assertThat(assertProblem(malformed, 404).getString("detail")).isEqualTo(detail);
    assertProblem(get("cases/" + alices + "/events", "bob"), 404);
    assertProblem(get("cases/" + alices + "/messages", "bob"), 404);
    assertProblem(
        send("POST", "cases/" + alices + "/events", "bob", event("INFORMATION_ADDED", "x")), 404);
    assertProblem(
        send("POST", "cases/" + alices + "/messages", "bob", "{\"text\":\"hello\"}"), 404);
    JsonObject bobs = Keycloak.json(get("cases?size=200", "bob").body());
    assertThat(bobs.toString()).doesNotContain(alices);
  }

  /**
   * Every endpoint with every role, the owner and another citizen (OWASP ASVS V4.2.1). Columns:
   * alice (who reported it), bob (another citizen), hannah (contact handler), ian (investigator,
   * not assigned), sam (supervisor), ada (admin), nobody. State-changing rows come last.
   */
  @Test
  void everyEndpointAnswersEachRoleAsTheTableSays() {
    String r = "cases/" + reportFor("alice");
    String added = event("INFORMATION_ADDED", "The bike had a red bell.");
    String update = event("UPDATE", "We are looking into it.");
    String message = "{\"text\":\"Hello\"}";
    String draft = "{\"step\":\"when\",\"form\":{\"category\":\"THEFT\"}}";
    String[] users = {"alice", "bob", "hannah", "ian", "sam", "ada", null};
    Object[][] table = {
      {"GET", "cases", null, 200, 200, 403, 403, 403, 403, 401},
      {"GET", r + "?reason=Test", null, 200, 404, 200, 200, 200, 403, 401},
      {"GET", r + "/events?reason=Test", null, 200, 404, 200, 200, 200, 403, 401},
      {"GET", r + "/messages?reason=Test", null, 200, 404, 200, 200, 200, 403, 401},
      {"GET", r + "/audit", null, 403, 403, 403, 403, 200, 403, 401},
      {"GET", "work-queue", null, 403, 403, 403, 200, 200, 403, 401},
      {"GET", "work-queue?view=all", null, 403, 403, 403, 403, 200, 403, 401},
      {"GET", "staff/investigators", null, 403, 403, 403, 403, 200, 403, 401},
      {"PUT", "report-draft", draft, 200, 200, 403, 403, 403, 403, 401},
      {"GET", "report-draft", null, 200, 200, 403, 403, 403, 403, 401},
      {"DELETE", "report-draft", null, 204, 204, 403, 403, 403, 403, 401},
      {"POST", r + "/events", added, 201, 404, 403, 403, 400, 403, 401},
      {"POST", r + "/events", update, 403, 404, 403, 403, 201, 403, 401},
      {"POST", r + "/messages", message, 201, 404, 403, 403, 201, 403, 401},
      {"PUT", r + "/officer", officer("sam"), 403, 403, 403, 403, 200, 403, 401},
      {"POST", r + "/events", update, 403, 404, 403, 403, 201, 403, 401},
    };
    get("work-queue", "sam");
    List<String> wrong = new java.util.ArrayList<>();
    for (Object[] row : table) {
      for (int i = 0; i < users.length; i++) {
        int expected = (int) row[3 + i];
        HttpResponse<String> response =
            send((String) row[0], (String) row[1], users[i], (String) row[2]);
        if (response.statusCode() != expected) {
          wrong.add(
              row[0]
                  + " "
                  + row[1]
                  + " as "
                  + users[i]
                  + ": "
                  + response.statusCode()
                  + " not "
                  + expected
                  + " "
                  + response.body());
        }
        if (expected >= 400) {
          assertProblem(response, expected);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void staffReadsNeedAReasonAndSupervisorsSeeThemInTheCaseAuditLog() {
    String reference = reportFor("alice");

    JsonObject refused = assertProblem(get("cases/" + reference, "hannah"), 400);
    assertThat(refused.getString("detail")).contains("Say why you are opening this case");
    HttpResponse<String> read =
        get("cases/" + reference + "?reason=Victim%20asked%20for%20an%20update", "hannah");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonObject detail = Keycloak.json(read.body());
    assertThat(detail.getString("reportedBy")).isEqualTo("Alice Ashworth");
    assertThat(detail.getJsonObject("report").getJsonObject("contact").getString("codeWord"))
        .isEqualTo("bluebell");

    HttpResponse<String> trail = get("cases/" + reference + "/audit", "sam");

    assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
    assertThat(
            Keycloak.json("{\"a\":" + trail.body() + "}")
                .getJsonArray("a")
                .getValuesAs(JsonObject.class))
        .anySatisfy(
            entry -> {
              assertThat(entry.getString("actor")).isEqualTo("hannah");
              assertThat(entry.getString("action")).isEqualTo("READ");
              assertThat(entry.getString("reason")).isEqualTo("Victim asked for an update");
              assertThat(entry.getString("occurredAt")).isNotBlank();
            });
  }

  @Test
  void investigatorTakesACasePostsAnUpdateAndTheVictimSeesItButNotTheInternalNote() {
    String reference = reportFor("alice");
    get("work-queue", "ian");

    HttpResponse<String> taken =
        send("PUT", "cases/" + reference + "/officer", "ian", officer("ian"));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    assertThat(Keycloak.json(taken.body()).getString("statusText")).isEqualTo("Being investigated");
    assertThat(
            send(
                    "POST",
                    "cases/" + reference + "/events",
                    "ian",
                    event("UPDATE", "We have looked at the CCTV from the library."))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            send(
                    "POST",
                    "cases/" + reference + "/events",
                    "ian",
                    event("NOTE", "Suspect known to the shop staff."))
                .statusCode())
        .isEqualTo(201);

    String victimSees = get("cases/" + reference + "/events", "alice").body();
    String officerSees = get("cases/" + reference + "/events?reason=Investigation", "ian").body();
    String handlerSees = get("cases/" + reference + "/events?reason=Phone%20call", "hannah").body();

    assertThat(victimSees)
        .contains("We have looked at the CCTV from the library.")
        .contains("is now the officer in charge of your case")
        .doesNotContain("Suspect known");
    assertThat(officerSees).contains("Suspect known to the shop staff.");
    assertThat(handlerSees).doesNotContain("Suspect known");
    JsonObject mine = Keycloak.json(get("work-queue?view=mine&size=200", "ian").body());
    assertThat(mine.toString()).contains(reference);
    JsonObject unassigned = Keycloak.json(get("work-queue?view=unassigned&size=200", "ian").body());
    assertThat(unassigned.toString()).doesNotContain(reference);
  }

  @Test
  void aKeyEventStartsTheVictimsCodeClockAndAnUpdateStopsIt() {
    String reference = reportFor("alice");
    get("work-queue", "ian");
    assertThat(send("PUT", "cases/" + reference + "/officer", "sam", officer("ian")).statusCode())
        .isEqualTo(200);

    send(
        "POST",
        "cases/" + reference + "/events",
        "ian",
        Json.createObjectBuilder()
            .add("type", "KEY_EVENT")
            .add("keyEvent", "SUSPECT_ARRESTED")
            .build()
            .toString());
    JsonObject afterArrest = Keycloak.json(get("cases/" + reference, "alice").body());
    LocalDate dueAfterArrest = LocalDate.parse(afterArrest.getString("nextUpdateBy"));

    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    assertThat(dueAfterArrest).isAfter(today).isBeforeOrEqualTo(today.plusDays(11));
    assertThat(get("cases/" + reference + "/events", "alice").body())
        .as("the victim hears of the arrest from the officer, not from a raw entry")
        .doesNotContain("arrested");

    send(
        "POST",
        "cases/" + reference + "/events",
        "ian",
        event("UPDATE", "We arrested a man yesterday and he has been bailed."));
    LocalDate nextRoutine =
        LocalDate.parse(
            Keycloak.json(get("cases/" + reference, "alice").body()).getString("nextUpdateBy"));
    assertThat(nextRoutine).isAfter(dueAfterArrest);
  }

  @Test
  void anOutcomeClosesTheCaseAndTheVictimReadsItInPlainWords() {
    String reference = reportFor("alice");
    send("PUT", "cases/" + reference + "/officer", "sam", officer("sam"));

    HttpResponse<String> closed =
        send(
            "POST",
            "cases/" + reference + "/events",
            "sam",
            Json.createObjectBuilder()
                .add("type", "OUTCOME")
                .add("outcome", "18")
                .build()
                .toString());
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);

    JsonObject seen = Keycloak.json(get("cases/" + reference, "alice").body());
    assertThat(seen.getString("status")).isEqualTo("CLOSED");
    assertThat(seen.getJsonObject("outcome").getString("forVictim"))
        .startsWith("We have finished the investigation for now. No suspect was identified.");
    assertThat(seen.containsKey("nextUpdateBy")).as("no update is due on a closed case").isFalse();
    JsonObject conflict =
        assertProblem(
            send("POST", "cases/" + reference + "/events", "sam", event("UPDATE", "More")), 409);
    assertThat(conflict.getString("detail")).contains("This case is closed");
  }

  @Test
  void citizenAndOfficerExchangeSecureMessages() {
    String email = Reports.uniqueEmail("alice");
    String reference = Reports.file(api, "alice", Reports.theft(email)).getString("reference");
    get("work-queue", "ian");
    send("PUT", "cases/" + reference + "/officer", "ian", officer("ian"));

    assertThat(
            send(
                    "POST",
                    "cases/" + reference + "/messages",
                    "alice",
                    "{\"text\":\"I found a receipt for the bike.\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            send(
                    "POST",
                    "cases/" + reference + "/messages",
                    "ian",
                    "{\"text\":\"Thank you, please keep it safe.\"}")
                .statusCode())
        .isEqualTo(201);

    String thread = get("cases/" + reference + "/messages", "alice").body();
    assertThat(thread).contains("I found a receipt").contains("please keep it safe");
    assertThat(get("cases/" + reference + "/messages?reason=Phone%20call", "hannah").body())
        .contains("I found a receipt");
    List<JsonObject> mail = Mailbox.awaitMessages(email, 2);
    assertThat(mail).extracting(m -> m.getString("subject")).contains("You have a new message");
    assertThat(mail.toString()).doesNotContain("keep it safe");
  }

  @Test
  void badAnswersAreRefusedOneByOneInPlainEnglishAndNothingIsSaved() {
    int before = Keycloak.json(get("cases?size=1", "bob").body()).getInt("total");
    var report = Reports.theft(null);
    report.add("occurredOn", LocalDate.now().plusDays(3).toString());
    report.add("whatHappened", "x".repeat(50_000));
    report.add("location", "");
    report.add(
        "contact", Json.createObjectBuilder().add("byEmail", true).add("email", "not-an-email"));

    JsonObject problem =
        assertProblem(send("POST", "reports", "bob", report.build().toString()), 400);

    var errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors)
        .extracting(e -> e.getString("field") + ": " + e.getString("message"))
        .contains(
            "occurredOn: The date it happened must be today or in the past",
            "whatHappened: What happened must be 10,000 characters or fewer. You have typed 50,000",
            "location: Enter where it happened",
            "contact.email: Enter an email address in the right format, like name@example.com");
    assertThat(Keycloak.json(get("cases?size=1", "bob").body()).getInt("total")).isEqualTo(before);
    assertProblem(send("POST", "reports", "bob", "{not json"), 400);
    JsonObject fraud =
        assertProblem(
            send(
                "POST",
                "reports",
                "bob",
                Reports.theft(null).add("category", "FRAUD").build().toString()),
            400);
    assertThat(fraud.toString()).contains("Action Fraud");
  }

  @Test
  void htmlIsKeptAsTextNeverInterpreted() {
    String html = "<script>alert(1)</script><b>bold</b>";
    String reference =
        Reports.file(api, "bob", Reports.theft(null).add("whatHappened", html).add("suspect", html))
            .getString("reference");

    JsonObject report =
        Keycloak.json(get("cases/" + reference, "bob").body()).getJsonObject("report");

    assertThat(report.getString("whatHappened")).isEqualTo(html);
    assertThat(report.getString("suspect")).isEqualTo(html);
  }

  @Test
  void aDraftSurvivesAndBelongsOnlyToItsCitizen() {
    String draft =
        Json.createObjectBuilder()
            .add("step", "where")
            .add(
                "form",
                Json.createObjectBuilder().add("category", "THEFT").add("location", "Broad St"))
            .build()
            .toString();
    assertThat(send("PUT", "report-draft", "bob", draft).statusCode()).isEqualTo(200);

    JsonObject saved = Keycloak.json(get("report-draft", "bob").body());
    assertThat(saved.getString("step")).isEqualTo("where");
    assertThat(saved.getJsonObject("form").getString("location")).isEqualTo("Broad St");
    assertThat(get("report-draft", "alice").body()).doesNotContain("Broad St");

    Reports.file(api, "bob", Reports.theft(null));
    assertProblem(get("report-draft", "bob"), 404);
  }

  @Test
  void theOfficerIsRemindedWhenAnEnhancedRightsUpdateFallsDue() {
    get("work-queue", "ian");
    var enhanced = Reports.theft(null);
    enhanced.add("vulnerability", Json.createObjectBuilder().add("feelsUnsafe", true));
    String reference = Reports.file(api, "alice", enhanced).getString("reference");
    int before = Mailbox.messages("ian@example.org").size();

    send("PUT", "cases/" + reference + "/officer", "sam", officer("ian"));

    List<JsonObject> mail = Mailbox.awaitMessages("ian@example.org", before + 1);
    assertThat(mail)
        .extracting(m -> m.getString("subject"))
        .anySatisfy(
            subject -> assertThat(subject).startsWith("Victim update due by").endsWith(reference));
  }
}
