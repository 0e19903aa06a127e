package uk.police.portal.api.statement.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Witness statements through the real WAR: real Keycloak tokens, the real S3Proxy and database,
 * GreenMail for the receipt. The signed PDF is downloaded as a citizen or officer would and read
 * back with PDFBox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementsResourceIT {

  static final String ACCOUNT =
      "On Thursday 5 March 2026 at about 9pm I was at the bus stop outside Central Library when I"
          + " saw a man in a red coat take a blue bike from the rack and ride towards New Street.";
  static final String DECLARATION =
      "This statement (consisting of 1 page(s) each signed by me) is true to the best of my"
          + " knowledge and belief and I make it knowing that, if it is tendered in evidence, I"
          + " shall be liable to prosecution if I have wilfully stated in it anything which I know"
          + " to be false, or do not believe to be true.";

  /** HTTP/1.1, as browsers speak to a plain-http server (see EvidenceResourceIT). */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  private static final Map<String, Instant> FETCHED = new ConcurrentHashMap<>();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  @Test
  void aliceSignsAStatementAndDownloadsTheSamePdfWithHerWordsAndTheDeclaration()
      throws IOException {
    String email = Reports.uniqueEmail("alice");
    String reference = report(email);

    HttpResponse<String> signed = sign(reference, "alice", form());

    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
    JsonObject receipt = Keycloak.json(signed.body());
    long evidenceId = receipt.getJsonNumber("evidenceId").longValue();
    assertThat(receipt.getString("reference")).isEqualTo(reference);
    assertThat(receipt.getInt("version")).isEqualTo(1);
    assertThat(receipt.isNull("supersedes")).isTrue();
    assertThat(receipt.getInt("pages")).isEqualTo(1);
    assertThat(receipt.getString("signedBy")).isEqualTo("Alice Ashworth");
    assertThat(receipt.getString("signedAt")).isNotBlank();
    assertThat(signed.headers().firstValue("Location"))
        .hasValueSatisfying(
            l ->
                assertThat(l)
                    .endsWith("/cases/" + reference + "/evidence/" + evidenceId + "/content"));

    HttpResponse<byte[]> pdf = download(reference, evidenceId, "alice", null);

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(sha256(pdf.body())).isEqualTo(receipt.getString("sha256"));
    assertThat((long) pdf.body().length).isEqualTo(receipt.getJsonNumber("size").longValue());
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("witness-statement-v1.pdf"));
    String text = text(pdf.body());
    assertThat(text)
        .contains("Witness statement")
        .contains("Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B")
        .contains("Case reference: " + reference)
        .contains("Name: Alice Ashworth")
        .contains(ACCOUNT)
        .contains(DECLARATION)
        .contains("Signed electronically by Alice Ashworth (portal account alice) on")
        .contains("Page 1 of 1")
        .contains("Witness contact details — not to be disclosed")
        .contains("1 Library Street, Birmingham B1 1AA");

    JsonObject listed = list(reference, "alice", null);
    assertThat(listed.getInt("total")).isEqualTo(1);
    JsonObject view = listed.getJsonArray("items").getJsonObject(0);
    assertThat(view.getJsonNumber("id").longValue())
        .isEqualTo(receipt.getJsonNumber("id").longValue());
    assertThat(view.getString("sha256")).isEqualTo(receipt.getString("sha256"));
    assertThat(view.isNull("supersededBy")).isTrue();
    assertThat(Mailbox.awaitMessages(email, 2))
        .anySatisfy(
            m ->
                assertThat(m.toString())
                    .contains("witness-statement-v1.pdf")
                    .contains(receipt.getString("sha256")));
  }

  @Test
  void aCorrectionIsVersionTwoAndVersionOneStaysDownloadableUnchanged() throws IOException {
    String reference = report(null);
    JsonObject first = Keycloak.json(sign(reference, "alice", form()).body());
    long firstId = first.getJsonNumber("id").longValue();

    HttpResponse<String> corrected =
        sign(
            reference,
            "alice",
            form()
                .add("account", ACCOUNT.replace("red coat", "green coat"))
                .add("supersedes", firstId)
                .add("correctionReason", "The coat was green, not red."));

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    JsonObject second = Keycloak.json(corrected.body());
    assertThat(second.getInt("version")).isEqualTo(2);
    assertThat(second.getJsonNumber("supersedes").longValue()).isEqualTo(firstId);
    assertThat(second.getString("sha256")).isNotEqualTo(first.getString("sha256"));
    List<JsonObject> versions =
        list(reference, "alice", null).getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(versions).extracting(v -> v.getInt("version")).containsExactly(2, 1);
    assertThat(versions.get(0).getString("correctionReason"))
        .isEqualTo("The coat was green, not red.");
    assertThat(versions.get(1).getJsonNumber("supersededBy").longValue())
        .isEqualTo(second.getJsonNumber("id").longValue());
    byte[] v1 =
        download(reference, first.getJsonNumber("evidenceId").longValue(), "alice", null).body();
    assertThat(sha256(v1)).isEqualTo(first.getString("sha256"));
    assertThat(text(v1)).contains("red coat").doesNotContain("green coat");
    byte[] v2 =
        download(reference, second.getJsonNumber("evidenceId").longValue(), "alice", null).body();
    assertThat(text(v2))
        .contains("Version: 2")
        .contains("This corrects version 1: The coat was green, not red.")
        .contains("green coat");

    assertThat(
            assertProblem(
                    sign(
                        reference,
                        "alice",
                        form().add("supersedes", firstId).add("correctionReason", "Again")),
                    409)
                .getString("detail"))
        .isEqualTo(
            "You can only correct your latest statement on this case (version 2). Nothing was"
                + " saved.");
    assertThat(assertProblem(sign(reference, "alice", form()), 409).getString("detail"))
        .startsWith("You have already signed a statement on this case (version 2).");
    assertThat(list(reference, "alice", null).getInt("total")).isEqualTo(2);
  }

  @Test
  void eachWrongAnswerIsNamedByItsFieldInPlainEnglishAndNothingIsSaved() {
    String reference = report(null);

    JsonObject empty = assertProblem(sign(reference, "alice", Json.createObjectBuilder()), 400);
    JsonObject young =
        assertProblem(
            sign(
                reference,
                "alice",
                form()
                    .add("over18", false)
                    .add("dateOfBirth", "27/03/2010")
                    .add("phone", "call me")
                    .add("account", "He took it.")
                    .add("declarationAccepted", false)),
            400);
    JsonObject tooLong =
        assertProblem(
            sign(
                reference, "alice", form().add("account", "a".repeat(20_001)).add("supersedes", 1)),
            400);

    assertThat(errors(empty))
        .containsEntry("fullName", "Enter your full name")
        .containsEntry("over18", "Select whether you are 18 or over")
        .containsEntry("address", "Enter your address")
        .containsEntry("account", "Write what happened in your own words")
        .containsKey("declarationAccepted");
    assertThat(errors(young))
        .containsEntry("dateOfBirth", "Date of birth must be a real date, like 2010-03-27")
        .containsEntry("account", "Your statement must be at least 20 characters")
        .containsKey("phone")
        .containsEntry(
            "declarationAccepted",
            "Confirm the declaration of truth: you must agree to it to sign your statement");
    assertThat(errors(tooLong))
        .containsEntry(
            "account", "Your statement must be 20,000 characters or fewer (it has 20,001)")
        .containsEntry("correctionReason", "Say what you are correcting and why")
        .hasSize(2);
    assertThat(list(reference, "alice", null).getInt("total")).isZero();
  }

  @Test
  void bobCannotSignOrListOnAlicesCaseAndHearsWhatAMissingCaseSays() {
    String reference = report(null);
    sign(reference, "alice", form());
    String missing =
        assertProblem(Http.get(api, "cases/PC-3333-3333", token("bob")), 404).getString("detail");

    assertThat(assertProblem(sign(reference, "bob", form()), 404).getString("detail"))
        .isEqualTo(missing);
    assertThat(
            assertProblem(Http.get(api, statements(reference, null), token("bob")), 404)
                .getString("detail"))
        .isEqualTo(missing);
    assertThat(list(reference, "alice", null).getInt("total")).isEqualTo(1);
  }

  @Test
  void anInvestigatorListsWithAReasonAndTheCaseAuditLogSaysWhoAndWhy() {
    String reference = report(null);
    sign(reference, "alice", form());

    assertThat(
            assertProblem(Http.get(api, statements(reference, null), token("ian")), 400)
                .getString("detail"))
        .contains("Say why you are opening this case");
    JsonObject seen = list(reference, "ian", "Preparing the file for CPS");

    assertThat(seen.getInt("total")).isEqualTo(1);
    assertThat(seen.getJsonArray("items").getJsonObject(0).getString("signedBy"))
        .isEqualTo("Alice Ashworth");
    assertThat(auditTrail(reference))
        .anySatisfy(
            entry -> {
              assertThat(entry.getString("actor")).isEqualTo("ian");
              assertThat(entry.getString("action")).isEqualTo("READ_STATEMENTS");
              assertThat(entry.getString("reason")).isEqualTo("Preparing the file for CPS");
            });
    long evidenceId =
        seen.getJsonArray("items").getJsonObject(0).getJsonNumber("evidenceId").longValue();
    assertThat(download(reference, evidenceId, "ian", "Reading the statement").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aPolishUrduAndEmojiAccountIsSignedWithVisibleMarksAndKeptExactlyInThePdf()
      throws IOException {
    String reference = report(null);
    String account =
        "Zażółć gęślą jaźń — widziałem mężczyznę w czerwonej kurtce. میں نے ایک آدمی کو دیکھا۔"
            + " He laughed 😀 and rode off.";

    HttpResponse<String> signed =
        sign(reference, "alice", form().add("account", account).add("fullName", "Łucja Żak"));

    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
    JsonObject receipt = Keycloak.json(signed.body());
    byte[] pdf =
        download(reference, receipt.getJsonNumber("evidenceId").longValue(), "alice", null).body();
    assertThat(receipt.getString("signedBy")).isEqualTo("Łucja Żak");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Zażółć gęślą jaźń — widziałem mężczyznę w czerwonej kurtce.")
          .contains("Name: Łucja Żak")
          .contains("□")
          .contains(
              "The statement exactly as written is attached to this PDF as the file"
                  + " statement.txt.");
      byte[] attached =
          document
              .getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .get("statement.txt")
              .getEmbeddedFile()
              .toByteArray();
      assertThat(new String(attached, StandardCharsets.UTF_8)).contains(account);
    }
  }

  @Test
  void aClosedCaseTakesNoStatementAndSaysSoAsForFiles() {
    String reference = report(null);
    Http.send(api, "PUT", "cases/" + reference + "/officer", token("sam"), "{\"officer\":\"sam\"}");
    HttpResponse<String> closed =
        Http.send(
            api,
            "POST",
            "cases/" + reference + "/events",
            token("sam"),
            "{\"type\":\"OUTCOME\",\"outcome\":\"18\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);

    assertThat(assertProblem(sign(reference, "alice", form()), 409).getString("detail"))
        .startsWith("This case is closed");
    assertThat(list(reference, "alice", null).getInt("total")).isZero();
  }

  /**
   * Both endpoints with every role, the owner and another citizen. Columns: alice (who reported
   * it), bob (another citizen), hannah (contact handler), ian (investigator, not in charge), sam
   * (supervisor), ada (admin), nobody.
   */
  @Test
  void bothEndpointsAnswerEachRoleAsTheTableSays() {
    String reference = report(null);
    String r = "cases/" + reference + "/statements";
    String[] users = {"alice", "bob", "hannah", "ian", "sam", "ada", null};
    Object[][] table = {
      {"POST", r, 201, 404, 403, 403, 403, 403, 401},
      {"GET", r + "?reason=Test", 200, 404, 200, 200, 200, 403, 401},
      {"GET", "cases/PC-3333-3333/statements?reason=Test", 404, 404, 404, 404, 404, 403, 401},
      {"POST", "cases/PC-3333-3333/statements", 404, 404, 403, 403, 403, 403, 401},
    };
    List<String> wrong = new ArrayList<>();
    for (Object[] row : table) {
      for (int i = 0; i < users.length; i++) {
        int expected = (int) row[2 + i];
        String body = row[0].equals("POST") ? form().build().toString() : null;
        HttpResponse<String> response =
            Http.send(
                api,
                (String) row[0],
                (String) row[1],
                users[i] == null ? null : token(users[i]),
                body);
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
        } else if (expected >= 400) {
          assertProblem(response, expected);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theOpenApiDocumentListsTheStatementEndpoints() {
    assertThat(Http.get(api, "openapi", null).body()).contains("/cases/{reference}/statements");
  }

  // ------------------------------------------------------------------ helpers

  static JsonObjectBuilder form() {
    return Json.createObjectBuilder()
        .add("fullName", "Alice Ashworth")
        .add("over18", true)
        .add("occupation", "Librarian")
        .add("address", "1 Library Street, Birmingham B1 1AA")
        .add("phone", "07700 900982")
        .add("account", ACCOUNT)
        .add("declarationAccepted", true);
  }

  private String report(String email) {
    HttpResponse<String> response =
        Http.send(api, "POST", "reports", token("alice"), Reports.theft(email).build().toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Keycloak.json(response.body()).getString("reference");
  }

  private HttpResponse<String> sign(String reference, String user, JsonObjectBuilder form) {
    return Http.send(
        api, "POST", "cases/" + reference + "/statements", token(user), form.build().toString());
  }

  private JsonObject list(String reference, String user, String reason) {
    HttpResponse<String> response = Http.get(api, statements(reference, reason), token(user));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Keycloak.json(response.body());
  }

  private static String statements(String reference, String reason) {
    return "cases/" + reference + "/statements" + reasonQuery(reason);
  }

  private static String reasonQuery(String reason) {
    return reason == null ? "" : "?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8);
  }

  private HttpResponse<byte[]> download(String reference, long id, String user, String reason) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(api.toString())
                    .resolve(
                        "cases/"
                            + reference
                            + "/evidence/"
                            + id
                            + "/content"
                            + reasonQuery(reason)))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token(user))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<JsonObject> auditTrail(String reference) {
    HttpResponse<String> trail = Http.get(api, "cases/" + reference + "/audit", token("sam"));
    assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
    return Keycloak.json("{\"a\":" + trail.body() + "}")
        .getJsonArray("a")
        .getValuesAs(JsonObject.class);
  }

  private static Map<String, String> errors(JsonObject problem) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    problem
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .forEach(e -> errors.put(e.getString("field"), e.getString("message")));
    return errors;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tokens live five minutes in the dev realm; a fresh one after four. */
  static String token(String username) {
    Instant fetched = FETCHED.get(username);
    if (fetched == null || fetched.isBefore(Instant.now().minusSeconds(240))) {
      TOKENS.put(username, Keycloak.token(username));
      FETCHED.put(username, Instant.now());
    }
    return TOKENS.get(username);
  }
}
