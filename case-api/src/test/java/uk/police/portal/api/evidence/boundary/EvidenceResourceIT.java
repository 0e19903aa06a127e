package uk.police.portal.api.evidence.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
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
 * Evidence through the real WAR: real Keycloak tokens, the real S3Proxy (the test server's own
 * bucket, looked at directly to prove what is and is not stored), GreenMail for the receipt. The
 * server runs with small limits (arquillian.xml): 1 MB for a photo or document, 2 MB per case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceResourceIT {

  /**
   * HTTP/1.1, as browsers and curl speak to a plain-http server. The JDK client's default is to ask
   * for an h2c upgrade, which Payara grants; it then stops reading a refusal that comes before it
   * has sent the whole file, and takes a download that ends short of its length as complete.
   */
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
  void citizenAddsAPhotoGetsAReceiptAndReadsBackTheSameBytes() {
    String email = "alice+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String reference = report("alice", email);
    byte[] photo = EvidenceFiles.photo();

    HttpResponse<String> added = upload(reference, "alice", "IMG_0001.jpg", photo);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject receipt = Keycloak.json(added.body());
    long id = receipt.getJsonNumber("id").longValue();
    assertThat(receipt.getString("reference")).isEqualTo(reference);
    assertThat(receipt.getString("name")).isEqualTo("IMG_0001.jpg");
    assertThat(receipt.getJsonNumber("size").longValue()).isEqualTo(photo.length);
    assertThat(receipt.getString("sha256")).isEqualTo(EvidenceFiles.sha256(photo));
    assertThat(receipt.getString("typeInWords")).isEqualTo("JPEG photo");
    assertThat(receipt.getString("receivedAt")).isNotBlank();
    assertThat(receipt.getString("locationNote"))
        .contains("the place where it was taken")
        .contains("investigation");
    assertThat(added.headers().firstValue("Location"))
        .hasValueSatisfying(
            l ->
                assertThat(l).endsWith("/api/cases/" + reference + "/evidence/" + id + "/content"));

    JsonObject item = onlyItem(list(reference, "alice", null));
    assertThat(item.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(item.getString("sha256")).isEqualTo(EvidenceFiles.sha256(photo));
    assertThat(item.getString("mediaType")).isEqualTo("image/jpeg");
    assertThat(item.getString("kind")).isEqualTo("IMAGE");
    assertThat(item.getString("uploadedBy")).isEqualTo("Alice Ashworth");
    JsonObject capture = item.getJsonObject("capture");
    assertThat(capture.getString("cameraMake")).isEqualTo("Apple");
    assertThat(capture.getString("cameraModel")).isEqualTo("iPhone 15");
    assertThat(capture.getString("takenAt")).startsWith("2026-03-05T21:14:09");
    assertThat(capture.getJsonNumber("latitude").doubleValue()).isCloseTo(51.5014, within());
    assertThat(capture.getJsonNumber("longitude").doubleValue()).isCloseTo(-0.1419, within());

    HttpResponse<byte[]> download = download(reference, id, "alice", null);

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(photo);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).startsWith("attachment;").contains("filename*=UTF-8''IMG_0001.jpg"));

    assertThat(Http.get(api, "cases/" + reference + "/events", token("alice")).body())
        .contains("Evidence added: IMG_0001.jpg");
    Set<String> stored = EvidenceBucket.ofCase(reference);
    assertThat(stored).hasSize(1);
    String key = stored.iterator().next();
    assertThat(key).matches("evidence/\\d{4}/\\d{2}/[0-9a-f-]{36}");
    assertThat(item.getString("sha256"))
        .as("the record holds the SHA-256 every read is checked against")
        .isEqualTo(EvidenceFiles.sha256(photo));
    assertThat(EvidenceBucket.stat(key).userMetadata())
        .as("the bytes were written once, straight to their key: no copy to add a hash to")
        .doesNotContainKey("sha256");

    List<JsonObject> mail = Mailbox.awaitMessages(email, 2);
    assertThat(mail)
        .filteredOn(m -> m.getString("subject").startsWith("Receipt for a file"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getString("subject"))
                  .isEqualTo("Receipt for a file you added to " + reference);
              assertThat(m.toString())
                  .contains("IMG_0001.jpg")
                  .contains(EvidenceFiles.sha256(photo))
                  .contains("1,276 bytes")
                  .contains("the place where it was taken")
                  .doesNotContain("bike");
            });
  }

  @Test
  void investigatorDownloadsTheSameSha256AndTheCaseAuditLogSaysWhoAndWhy() throws Exception {
    String reference = report("alice", null);
    byte[] photo = EvidenceFiles.photo();
    long id = id(upload(reference, "alice", "door.jpg", photo));

    assertThat(assertProblem(contentAsText(reference, id, "ian"), 400).getString("detail"))
        .contains("Say why you are opening this case");
    HttpResponse<byte[]> download = download(reference, id, "ian", "Checking the photo");
    HttpResponse<String> listed = Http.get(api, evidence(reference, "Victim called"), hannah());

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(EvidenceFiles.sha256(download.body())).isEqualTo(EvidenceFiles.sha256(photo));
    assertThat(download.headers().firstValue("Repr-Digest"))
        .hasValue(
            "sha-256=:"
                + java.util.Base64.getEncoder()
                    .encodeToString(
                        java.security.MessageDigest.getInstance("SHA-256").digest(photo))
                + ":");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    List<JsonObject> trail = auditTrail(reference);
    assertThat(trail)
        .anySatisfy(
            entry -> {
              assertThat(entry.getString("actor")).isEqualTo("ian");
              assertThat(entry.getString("action")).isEqualTo("DOWNLOAD_EVIDENCE");
              assertThat(entry.getString("reason"))
                  .isEqualTo("Checking the photo (evidence " + id + ")");
            })
        .anySatisfy(
            entry -> {
              assertThat(entry.getString("actor")).isEqualTo("hannah");
              assertThat(entry.getString("action")).isEqualTo("READ_EVIDENCE");
              assertThat(entry.getString("reason")).isEqualTo("Victim called");
            });
    assertThat(trail)
        .filteredOn(entry -> entry.getString("action").equals("DOWNLOAD_EVIDENCE"))
        .as("one entry per download; the refused one without a reason is not a download")
        .hasSize(1);
  }

  @Test
  void aJpegNamedAsAPngIsRefusedAndNothingIsStored() {
    JsonObject problem = refusedAndNothingStored("holiday.png", EvidenceFiles.photo(), 415);
    assertThat(problem.getString("detail"))
        .isEqualTo(
            "This file's name ends in .png, but the file is a JPEG photo. Please check you chose"
                + " the right file.");
  }

  @Test
  void aProgramRenamedAsAPhotoIsRefusedAndNothingIsStored() {
    JsonObject problem =
        refusedAndNothingStored("holiday.jpg", EvidenceFiles.windowsExecutable(), 415);
    assertThat(problem.getString("detail")).startsWith("This file is not a type we can accept.");
  }

  @Test
  void aWebPageIsRefusedAndNothingIsStored() {
    JsonObject problem = refusedAndNothingStored("page.html", EvidenceFiles.html(), 415);
    assertThat(problem.getString("detail")).startsWith("This file is not a type we can accept.");
  }

  @Test
  void anEmptyFileIsRefusedAndNothingIsStored() {
    JsonObject problem = refusedAndNothingStored("notes.txt", new byte[0], 400);
    assertThat(problem.getString("detail")).startsWith("This file is empty.");
  }

  @Test
  void aFileOverItsSizeLimitIsRefusedAndNothingIsStored() {
    JsonObject problem =
        refusedAndNothingStored("notes.txt", EvidenceFiles.text(1024 * 1024 + 1), 413);
    assertThat(problem.getString("detail"))
        .startsWith("This document is larger than 1 MB, the most we can accept for one document.");
  }

  @Test
  void aPixelBombIsRefusedAndNothingIsStored() {
    JsonObject problem =
        refusedAndNothingStored("bomb.png", EvidenceFiles.pngDeclaring(100_000, 100_000), 422);
    assertThat(problem.getString("detail"))
        .startsWith("This picture is too large for us to open (100,000 × 100,000 pixels;");
  }

  @Test
  void aFormInsteadOfTheFileIsRefusedAndNothingIsStored() {
    String reference = report("alice", null);
    Set<String> before = EvidenceBucket.keys();

    HttpResponse<String> response =
        send(
            "POST",
            "cases/" + reference + "/evidence?name=photo.jpg",
            "alice",
            "multipart/form-data; boundary=x",
            EvidenceFiles.photo());

    assertThat(assertProblem(response, 415).getString("detail"))
        .startsWith("Send the file itself as the body of the request");
    assertThat(list(reference, "alice", null).getInt("total")).isZero();
    assertThat(EvidenceBucket.keys()).isEqualTo(before);
  }

  @Test
  void aPathInTheNameIsDroppedAndTheObjectKeyIsOurOwn() {
    String reference = report("alice", null);

    HttpResponse<String> added =
        upload(reference, "alice", "../../etc/passwd", EvidenceFiles.statement());

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject receipt = Keycloak.json(added.body());
    assertThat(receipt.getString("name")).isEqualTo("passwd");
    assertThat(receipt.containsKey("locationNote")).isFalse();
    assertThat(onlyItem(list(reference, "alice", null)).getString("name")).isEqualTo("passwd");
    assertThat(EvidenceBucket.ofCase(reference))
        .singleElement()
        .satisfies(key -> assertThat(key).matches("evidence/\\d{4}/\\d{2}/[0-9a-f-]{36}"));
    HttpResponse<byte[]> download =
        download(reference, receipt.getJsonNumber("id").longValue(), "alice", null);
    assertThat(download.body()).isEqualTo(EvidenceFiles.statement());
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"passwd.txt\"; filename*=UTF-8''passwd.txt");
  }

  @Test
  void aCaseTakesNoMoreThanItsQuotaAndSaysSoPlainly() {
    String reference = report("alice", null);
    byte[] notes = EvidenceFiles.text(900 * 1024);
    assertThat(upload(reference, "alice", "notes-1.txt", notes).statusCode()).isEqualTo(201);
    assertThat(upload(reference, "alice", "notes-2.txt", notes).statusCode()).isEqualTo(201);
    Set<String> before = EvidenceBucket.keys();

    HttpResponse<String> third = upload(reference, "alice", "notes-3.txt", notes);

    assertThat(assertProblem(third, 413).getString("detail"))
        .startsWith("This file would take the case past 2 MB, the most we can keep for one case")
        .contains("Nothing was saved.");
    assertThat(list(reference, "alice", null).getInt("total")).isEqualTo(2);
    assertThat(EvidenceBucket.keys()).isEqualTo(before);
    assertThat(upload(reference, "alice", "small.txt", EvidenceFiles.statement()).statusCode())
        .as("what fits in what is left is still taken")
        .isEqualTo(201);
  }

  @Test
  void uploadsRacingEachOtherNeverTakeACasePastItsQuota() {
    String reference = report("alice", null);
    byte[] notes = EvidenceFiles.text(900 * 1024);

    List<CompletableFuture<HttpResponse<String>>> racing =
        IntStream.range(0, 3)
            .mapToObj(
                i ->
                    CLIENT.sendAsync(
                        uploadRequest(reference, "alice", "notes-" + i + ".txt", notes),
                        HttpResponse.BodyHandlers.ofString()))
            .toList();
    List<Integer> statuses = racing.stream().map(f -> f.join().statusCode()).sorted().toList();

    assertThat(statuses).containsExactly(201, 201, 413);
    assertThat(list(reference, "alice", null).getInt("total")).isEqualTo(2);
    assertThat(EvidenceBucket.ofCase(reference))
        .as("the one refused after it was stored was removed again")
        .hasSize(2);
  }

  @Test
  void anUploadCutOffHalfWayLeavesNothingAndATryAgainWorks() throws Exception {
    String reference = report("alice", null);
    Set<String> before = EvidenceBucket.keys();
    byte[] notes = EvidenceFiles.text(300_000);
    URI uri = URI.create(api.toString()).resolve(evidence(reference, null) + "?name=notes.txt");

    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + uri.getRawPath()
                  + "?"
                  + uri.getRawQuery()
                  + " HTTP/1.1\r\nHost: "
                  + uri.getHost()
                  + ":"
                  + uri.getPort()
                  + "\r\nAuthorization: Bearer "
                  + token("alice")
                  + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                  + notes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(notes, 0, notes.length / 3);
      out.flush();
      Thread.sleep(500);
    }
    Thread.sleep(5000);

    assertThat(list(reference, "alice", null).getInt("total")).isZero();
    assertThat(EvidenceBucket.keys()).isEqualTo(before);
    HttpResponse<String> again = upload(reference, "alice", "notes.txt", notes);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(Keycloak.json(again.body()).getString("sha256"))
        .isEqualTo(EvidenceFiles.sha256(notes));
  }

  @Test
  void aFileChangedInTheStoreIsNeverServedAsIfWhole() {
    String reference = report("alice", null);
    byte[] notes = EvidenceFiles.text(200_000);
    long id = id(upload(reference, "alice", "notes.txt", notes));
    String key = EvidenceBucket.ofCase(reference).iterator().next();
    EvidenceBucket.tamper(key, EvidenceFiles.changedLastByte(notes), "text/plain");

    Instant asked = Instant.now();

    assertThatThrownBy(() -> download(reference, id, "alice", null))
        .as("the response stops short of its Content-Length: the client sees a failure")
        .hasRootCauseInstanceOf(IOException.class)
        .hasMessageContaining("content-length");
    assertThat(Duration.between(asked, Instant.now()))
        .as("and sees it at once: the connection is closed, not left to time out")
        .isLessThan(Duration.ofSeconds(10));
    assertThatThrownBy(() -> download(reference, id, "sam", "Checking the file"))
        .hasRootCauseInstanceOf(IOException.class);
  }

  @Test
  void aSmallFileChangedInTheStoreIsRefusedBeforeAByteIsSent() {
    String reference = report("alice", null);
    byte[] notes = EvidenceFiles.statement();
    long id = id(upload(reference, "alice", "notes.txt", notes));
    String key = EvidenceBucket.ofCase(reference).iterator().next();
    EvidenceBucket.tamper(key, EvidenceFiles.changedLastByte(notes), "text/plain");

    HttpResponse<String> response = contentAsText(reference, id, "alice");

    assertThat(assertProblem(response, 500).getString("detail")).contains("Quote reference");
  }

  @Test
  void aFileReplacedInTheStoreByOneOfAnotherSizeIsRefusedBeforeAByteIsSent() {
    String reference = report("alice", null);
    byte[] notes = EvidenceFiles.statement();
    long id = id(upload(reference, "alice", "notes.txt", notes));
    String key = EvidenceBucket.ofCase(reference).iterator().next();
    EvidenceBucket.tamper(key, EvidenceFiles.text(50), "text/plain");

    HttpResponse<String> response = contentAsText(reference, id, "alice");

    assertThat(assertProblem(response, 500).getString("detail")).contains("Quote reference");
  }

  @Test
  void anotherCitizenCannotListDownloadOrAddAndHearsWhatAMissingCaseSays() {
    String reference = report("alice", null);
    long id = id(upload(reference, "alice", "door.jpg", EvidenceFiles.photo()));
    String missing =
        assertProblem(Http.get(api, "cases/PC-3333-3333", token("bob")), 404).getString("detail");

    assertThat(
            assertProblem(Http.get(api, evidence(reference, null), token("bob")), 404)
                .getString("detail"))
        .isEqualTo(missing);
    assertThat(assertProblem(contentAsText(reference, id, "bob"), 404).getString("detail"))
        .isEqualTo(missing);
    assertThat(
            assertProblem(upload(reference, "bob", "mine.jpg", EvidenceFiles.photo()), 404)
                .getString("detail"))
        .isEqualTo(missing);
    assertThat(list(reference, "alice", null).getInt("total")).isEqualTo(1);
  }

  @Test
  void aContactHandlerSeesTheListButCannotDownload() {
    String reference = report("alice", null);
    long id = id(upload(reference, "alice", "door.jpg", EvidenceFiles.photo()));

    JsonObject seen = list(reference, "hannah", "Victim called");
    HttpResponse<byte[]> download = download(reference, id, "hannah", "Victim called");

    assertThat(onlyItem(seen).getString("name")).isEqualTo("door.jpg");
    assertThat(download.statusCode()).isEqualTo(403);
    assertThat(new String(download.body(), StandardCharsets.UTF_8))
        .doesNotContain(new String(EvidenceFiles.photo(), StandardCharsets.ISO_8859_1));
  }

  @Test
  void whatAnOfficerAddsIsAnInternalNoteTheCitizenDoesNotSee() {
    String reference = report("alice", null);
    upload(reference, "alice", "door.jpg", EvidenceFiles.photo());

    HttpResponse<String> added =
        upload(reference, "sam", "shop-cctv-notes.txt", EvidenceFiles.statement());

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(list(reference, "sam", "Investigation").getInt("total")).isEqualTo(2);
    assertThat(list(reference, "alice", null).toString())
        .contains("door.jpg")
        .doesNotContain("shop-cctv-notes.txt");
    assertThat(Http.get(api, "cases/" + reference + "/events", token("alice")).body())
        .contains("Evidence added: door.jpg")
        .doesNotContain("shop-cctv-notes.txt");
    assertThat(
            Http.get(api, "cases/" + reference + "/events?reason=Investigation", token("sam"))
                .body())
        .contains("Evidence added: shop-cctv-notes.txt");
    assertThat(auditTrail(reference))
        .anySatisfy(entry -> assertThat(entry.getString("action")).isEqualTo("ADD_EVIDENCE"));
  }

  @Test
  void aClosedCaseTakesNoMoreFiles() {
    String reference = report("alice", null);
    Http.send(api, "PUT", "cases/" + reference + "/officer", token("sam"), "{\"officer\":\"sam\"}");
    HttpResponse<String> closed =
        Http.send(
            api,
            "POST",
            "cases/" + reference + "/events",
            token("sam"),
            "{\"type\":\"OUTCOME\",\"outcome\":\"18\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
    Set<String> before = EvidenceBucket.keys();

    HttpResponse<String> refused = upload(reference, "alice", "late.jpg", EvidenceFiles.photo());

    assertThat(assertProblem(refused, 409).getString("detail")).startsWith("This case is closed");
    assertThat(EvidenceBucket.keys()).isEqualTo(before);
  }

  /**
   * Every evidence endpoint with every role, the owner and another citizen (OWASP ASVS V4.2.1).
   * Columns: alice (who reported it), bob (another citizen), hannah (contact handler), ian
   * (investigator, not in charge), sam (supervisor), ada (admin), nobody.
   */
  @Test
  void everyEndpointAnswersEachRoleAsTheTableSays() {
    String reference = report("alice", null);
    String r = "cases/" + reference + "/evidence";
    long alices = id(upload(reference, "alice", "door.jpg", EvidenceFiles.photo()));
    long officers = id(upload(reference, "sam", "notes.txt", EvidenceFiles.statement()));
    String alicesSlot = slot(reference, "alice", "cctv.mp4", 100).getString("id");
    String[] users = {"alice", "bob", "hannah", "ian", "sam", "ada", null};
    Object[][] table = {
      {"GET", r + "?reason=Test", 200, 404, 200, 200, 200, 403, 401},
      {"GET", r + "/" + alices + "/content?reason=Test", 200, 404, 403, 200, 200, 403, 401},
      {"GET", r + "/" + officers + "/content?reason=Test", 404, 404, 403, 200, 200, 403, 401},
      {"GET", r + "/999999999/content?reason=Test", 404, 404, 403, 404, 404, 403, 401},
      {"GET", r + "/not-a-number/content?reason=Test", 404, 404, 403, 404, 404, 403, 401},
      {"GET", "cases/PC-3333-3333/evidence?reason=Test", 404, 404, 404, 404, 404, 403, 401},
      {"POST", r + "?name=more.txt", 201, 404, 403, 403, 201, 403, 401},
      {"POST", r + "/uploads", 201, 404, 403, 403, 201, 403, 401},
      // nothing sent to it yet: its owner hears so (409); nobody else finds it
      {"POST", r + "/uploads/" + alicesSlot, 409, 404, 403, 403, 404, 403, 401},
    };
    List<String> wrong = new ArrayList<>();
    for (Object[] row : table) {
      for (int i = 0; i < users.length; i++) {
        int expected = (int) row[2 + i];
        boolean json = ((String) row[1]).endsWith("/uploads");
        HttpResponse<String> response =
            send(
                (String) row[0],
                (String) row[1],
                users[i],
                json ? "application/json" : "application/octet-stream",
                json
                    ? "{\"name\":\"more.txt\",\"size\":10}".getBytes(StandardCharsets.UTF_8)
                    : EvidenceFiles.statement());
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

    Http.get(api, "work-queue", token("ian"));
    Http.send(api, "PUT", "cases/" + reference + "/officer", token("sam"), "{\"officer\":\"ian\"}");
    assertThat(upload(reference, "ian", "statement.txt", EvidenceFiles.statement()).statusCode())
        .as("the officer in charge may add files")
        .isEqualTo(201);
  }

  // ------------------------------------------------- large files, sent straight to the store

  @Test
  void anApiClientSendsAFileStraightToTheStoreCompletesItAndGetsTheSameReceipt() {
    String email = Reports.uniqueEmail("alice");
    String reference = report("alice", email);
    byte[] photo = EvidenceFiles.photo();

    HttpResponse<String> opened = openUpload(reference, "alice", "IMG_0002.jpg", photo.length);

    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    JsonObject slot = Keycloak.json(opened.body());
    String id = slot.getString("id");
    assertThat(opened.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(uploadsPath(reference) + "/" + id));
    assertThat(slot.getString("method")).isEqualTo("PUT");
    assertThat(slot.getJsonObject("headers").getString("Content-Length"))
        .isEqualTo(String.valueOf(photo.length));
    assertThat(slot.getJsonNumber("minSize").longValue()).isEqualTo(photo.length);
    assertThat(slot.getJsonNumber("maxSize").longValue()).isEqualTo(photo.length);
    assertThat(java.time.OffsetDateTime.parse(slot.getString("expiresAt")))
        .isBefore(java.time.OffsetDateTime.parse(slot.getString("completeBy")));
    assertThat(slot.getString("complete")).isEqualTo("/api/" + uploadsPath(reference) + "/" + id);
    assertThat(assertProblem(complete(reference, id, "alice"), 409).getString("detail"))
        .as("completing before anything was sent")
        .startsWith("Nothing has arrived for this upload yet.");

    assertThat(putToStore(slot, photo)).isEqualTo(200);
    HttpResponse<String> completed = complete(reference, id, "alice");

    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(201);
    JsonObject receipt = Keycloak.json(completed.body());
    long item = receipt.getJsonNumber("id").longValue();
    assertThat(receipt.getString("sha256")).isEqualTo(EvidenceFiles.sha256(photo));
    assertThat(receipt.getJsonNumber("size").longValue()).isEqualTo(photo.length);
    assertThat(receipt.getString("name")).isEqualTo("IMG_0002.jpg");
    assertThat(receipt.getString("locationNote")).contains("the place where it was taken");
    assertThat(completed.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/" + content(reference, item, null)));
    assertThat(
            onlyItem(list(reference, "alice", null))
                .getJsonObject("capture")
                .getString("cameraModel"))
        .isEqualTo("iPhone 15");
    HttpResponse<byte[]> download = download(reference, item, "ian", "Checking the photo");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(photo);
    assertThat(EvidenceBucket.keys())
        .as("the file it was sent as is gone; the evidence is under our own key")
        .noneMatch(key -> key.startsWith("incoming/"))
        .containsAll(EvidenceBucket.ofCase(reference));
    assertThat(EvidenceBucket.ofCase(reference)).hasSize(1);
    assertThat(Mailbox.awaitMessages(email, 2))
        .anySatisfy(
            m ->
                assertThat(m.getString("subject"))
                    .isEqualTo("Receipt for a file you added to " + reference));

    assertThat(assertProblem(complete(reference, id, "alice"), 409).getString("detail"))
        .startsWith("This upload has already been completed: it is file " + item);
    assertThat(list(reference, "alice", null).getInt("total")).isEqualTo(1);
  }

  @Test
  void aProgramSentStraightToTheStoreIsRefusedOnCompletionAndLeavesNothing() {
    String reference = report("alice", null);
    byte[] program = EvidenceFiles.windowsExecutable();
    Set<String> before = EvidenceBucket.keys();
    JsonObject slot = slot(reference, "alice", "holiday.jpg", program.length);
    assertThat(putToStore(slot, program)).isEqualTo(200);

    HttpResponse<String> completed = complete(reference, slot.getString("id"), "alice");

    assertThat(assertProblem(completed, 415).getString("detail"))
        .startsWith("This file is not a type we can accept.");
    assertThat(EvidenceBucket.keys()).as("the file sent is removed").isEqualTo(before);
    assertThat(list(reference, "alice", null).getInt("total")).isZero();
    assertThat(
            assertProblem(complete(reference, slot.getString("id"), "alice"), 409)
                .getString("detail"))
        .startsWith("This upload was refused and its file removed.");
  }

  @Test
  void tooLargeIsRefusedWhenDeclaredWhenSentAndWhenRead() {
    String reference = report("alice", null);
    Set<String> before = EvidenceBucket.keys();

    assertThat(
            assertProblem(openUpload(reference, "alice", "cctv.mp4", 3L << 30), 413)
                .getString("detail"))
        .startsWith("This file is larger than 2 GB, the most we can accept for one file.");
    assertThat(
            assertProblem(openUpload(reference, "alice", "cctv.mp4", 3L << 20), 413)
                .getString("detail"))
        .startsWith("This file would take the case past 2 MB");
    assertThat(assertProblem(openUpload(reference, "alice", "cctv.mp4", 0), 400).toString())
        .contains("Give the file's exact size in bytes");

    byte[] notes = EvidenceFiles.text(1536 * 1024);
    JsonObject small = slot(reference, "alice", "notes.txt", 1000);
    assertThat(putToStore(small, EvidenceFiles.text(1001)))
        .as("the store takes no other size than the one signed")
        .isEqualTo(403);

    JsonObject slot = slot(reference, "alice", "notes.txt", notes.length);
    assertThat(putToStore(slot, notes)).isEqualTo(200);
    assertThat(
            assertProblem(complete(reference, slot.getString("id"), "alice"), 413)
                .getString("detail"))
        .startsWith("This document is larger than 1 MB");
    assertThat(EvidenceBucket.keys()).isEqualTo(before);
    assertThat(list(reference, "alice", null).getInt("total")).isZero();
  }

  @Test
  void anotherCitizenCannotOpenOrCompleteAnUploadOnAlicesCase() {
    String reference = report("alice", null);
    byte[] photo = EvidenceFiles.photo();
    String missing =
        assertProblem(Http.get(api, "cases/PC-3333-3333", token("bob")), 404).getString("detail");
    JsonObject slot = slot(reference, "alice", "door.jpg", photo.length);
    assertThat(putToStore(slot, photo)).isEqualTo(200);

    assertThat(
            assertProblem(openUpload(reference, "bob", "mine.jpg", 100), 404).getString("detail"))
        .isEqualTo(missing);
    assertThat(
            assertProblem(complete(reference, slot.getString("id"), "bob"), 404)
                .getString("detail"))
        .isEqualTo(missing);
    assertThat(
            assertProblem(complete(reference, slot.getString("id"), "sam"), 404)
                .getString("detail"))
        .as("not even a supervisor completes someone else's upload")
        .startsWith("We cannot find that upload on this case.");
    assertThat(list(reference, "alice", null).getInt("total")).isZero();
    assertThat(complete(reference, slot.getString("id"), "alice").statusCode()).isEqualTo(201);
  }

  @Test
  void theOpenApiDocumentListsTheEvidenceEndpoints() {
    HttpResponse<String> response = Http.get(api, "openapi", null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body())
        .contains("/cases/{reference}/evidence")
        .contains("/cases/{reference}/evidence/{id}/content")
        .contains("/cases/{reference}/evidence/uploads")
        .contains("/cases/{reference}/evidence/uploads/{id}");
  }

  // ---------------------------------------- thumbnails and an item's audit trail (statements-api)

  @Test
  void anOfficerGetsAThumbnailMadeOnceBesideTheOriginalWhichStaysUnchanged() throws IOException {
    String reference = report("alice", null);
    byte[] photo = largeJpeg(1600, 1200);
    long id = id(upload(reference, "alice", "street.jpg", photo));
    String original = EvidenceBucket.ofCase(reference).iterator().next();
    String originalEtag = EvidenceBucket.stat(original).etag();
    Set<String> before = EvidenceBucket.keys();

    HttpResponse<byte[]> noReason = thumbnail(reference, id, "ian", null);
    HttpResponse<byte[]> first = thumbnail(reference, id, "ian", "Looking through the photos");

    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    java.awt.image.BufferedImage small =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(first.body()));
    assertThat(small.getWidth()).isEqualTo(320);
    assertThat(small.getHeight()).isEqualTo(240);
    Set<String> made = new java.util.TreeSet<>(EvidenceBucket.keys());
    made.removeAll(before);
    assertThat(made).as("one derived object, beside the original").hasSize(1);
    String derived = made.iterator().next();
    assertThat(EvidenceBucket.stat(derived).userMetadata()).containsEntry("derived-from", original);
    String derivedEtag = EvidenceBucket.stat(derived).etag();

    HttpResponse<byte[]> again = thumbnail(reference, id, "sam", "Supervisor review");
    HttpResponse<byte[]> own = thumbnail(reference, id, "alice", null);

    assertThat(again.body()).isEqualTo(first.body());
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(EvidenceBucket.keys()).as("reused, not made again").hasSize(before.size() + 1);
    assertThat(EvidenceBucket.stat(derived).etag()).isEqualTo(derivedEtag);
    assertThat(EvidenceBucket.stat(original).etag()).isEqualTo(originalEtag);
    assertThat(EvidenceBucket.stat(derived).userMetadata().get("sha256"))
        .as(
            "a thumbnail has no record: it carries its own hash, which its reads are checked against")
        .isEqualTo(EvidenceFiles.sha256(first.body()));
    assertThat(download(reference, id, "alice", null).body()).isEqualTo(photo);
    assertThat(auditTrail(reference))
        .anySatisfy(
            entry -> {
              assertThat(entry.getString("actor")).isEqualTo("ian");
              assertThat(entry.getString("action")).isEqualTo("PREVIEW_EVIDENCE");
              assertThat(entry.getString("reason"))
                  .isEqualTo("Looking through the photos (evidence " + id + ")");
            });
  }

  @Test
  void aContactHandlerGetsNeitherThumbnailNorContentAndAHeicPhotoHasNoPreview() {
    String reference = report("alice", null);
    long photo = id(upload(reference, "alice", "door.jpg", EvidenceFiles.photo()));
    long heic = id(upload(reference, "alice", "door.heic", heicPhoto()));

    assertProblem(asText(thumbnail(reference, photo, "hannah", "Victim called")), 403);
    assertProblem(asText(download(reference, photo, "hannah", "Victim called")), 403);
    assertThat(
            assertProblem(asText(thumbnail(reference, heic, "ian", "Looking")), 404)
                .getString("detail"))
        .isEqualTo("No preview for this kind of file.");
    assertProblem(asText(thumbnail(reference, photo, "bob", null)), 404);
    assertProblem(asText(thumbnail(reference, photo, "ada", "Looking")), 403);
  }

  @Test
  void anItemsAuditTrailShowsWhoAddedItAndEachReadWithItsReason() {
    String reference = report("alice", null);
    long id = id(upload(reference, "alice", "door.jpg", EvidenceFiles.photo()));
    long other = id(upload(reference, "alice", "notes.txt", EvidenceFiles.statement()));
    list(reference, "hannah", "Victim called");
    download(reference, id, "ian", "Checking the photo");
    download(reference, other, "ian", "Reading the notes");
    thumbnail(reference, id, "sam", "Supervisor review");
    String path = "cases/" + reference + "/evidence/" + id + "/audit";

    HttpResponse<String> trail = Http.get(api, path + "?reason=Case%20review", token("sam"));

    assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
    List<JsonObject> entries =
        Keycloak.json(trail.body()).getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(entries)
        .anySatisfy(e -> assertEntry(e, "alice", "ADD_EVIDENCE", null))
        .anySatisfy(e -> assertEntry(e, "ian", "DOWNLOAD_EVIDENCE", "Checking the photo"))
        .anySatisfy(e -> assertEntry(e, "sam", "PREVIEW_EVIDENCE", "Supervisor review"))
        .anySatisfy(e -> assertEntry(e, "hannah", "READ_EVIDENCE", "Victim called"))
        .noneSatisfy(e -> assertThat(e.getString("reason")).contains("Reading the notes"));
    assertThat(Keycloak.json(trail.body()).getInt("total")).isEqualTo(entries.size());
    assertProblem(Http.get(api, path, token("ian")), 400);
    assertThat(Http.get(api, path + "?reason=Looking", token("ian")).statusCode()).isEqualTo(200);
    assertProblem(Http.get(api, path + "?reason=Looking", token("hannah")), 403);
    assertProblem(Http.get(api, path + "?reason=Looking", token("alice")), 403);
    assertProblem(
        Http.get(api, "cases/" + reference + "/evidence/999999999/audit?reason=x", token("sam")),
        404);
  }

  @Test
  void aVideoPlayerCanAskForOnePartOfAFileAndThePartialReadIsAudited() throws Exception {
    String reference = report("alice", null);
    byte[] notes = EvidenceFiles.text(200_000);
    long id = id(upload(reference, "alice", "notes.txt", notes));

    HttpResponse<byte[]> part =
        CLIENT.send(
            java.net.http.HttpRequest.newBuilder(
                    downloadRequest(reference, id, "ian", "Watching"), (name, value) -> true)
                .header("Range", "bytes=100000-100099")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> whole = download(reference, id, "ian", "Watching");

    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100000-100099/200000");
    assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(notes, 100_000, 100_100));
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(auditTrail(reference))
        .anySatisfy(
            e ->
                assertEntry(
                    e,
                    "ian",
                    "DOWNLOAD_EVIDENCE_PART",
                    "Watching (evidence " + id + ", bytes 100000-100099)"));
  }

  private static void assertEntry(JsonObject entry, String actor, String action, String reason) {
    assertThat(entry.getString("actor")).isEqualTo(actor);
    assertThat(entry.getString("action")).isEqualTo(action);
    if (reason != null) assertThat(entry.getString("reason")).isEqualTo(reason);
  }

  private HttpResponse<byte[]> thumbnail(String reference, long id, String user, String reason) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(
                  URI.create(api.toString())
                      .resolve(
                          "cases/"
                              + reference
                              + "/evidence/"
                              + id
                              + "/thumbnail"
                              + reasonQuery(reason)))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token(user))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A byte response read as the text a Problem Details body is. */
  private static HttpResponse<String> asText(HttpResponse<byte[]> response) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    return new HttpResponse<>() {
      public int statusCode() {
        return response.statusCode();
      }

      public HttpRequest request() {
        return response.request();
      }

      public java.util.Optional<HttpResponse<String>> previousResponse() {
        return java.util.Optional.empty();
      }

      public java.net.http.HttpHeaders headers() {
        return response.headers();
      }

      public String body() {
        return body;
      }

      public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
        return response.sslSession();
      }

      public URI uri() {
        return response.uri();
      }

      public HttpClient.Version version() {
        return response.version();
      }
    };
  }

  /** A real photo of some size: shapes on a background, well under the 1 MB test limit. */
  private static byte[] largeJpeg(int width, int height) throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.DARK_GRAY);
    g.fillRect(0, 0, width, height);
    g.setColor(java.awt.Color.RED);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  /** evidence-store's HEIC fixture: the same photo, encoded by libheif. */
  private static byte[] heicPhoto() {
    try (var in = EvidenceResourceIT.class.getResourceAsStream("photo-with-exif.heic")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Sends the file to a fresh case and checks that nothing of it is kept anywhere. */
  private JsonObject refusedAndNothingStored(String name, byte[] bytes, int status) {
    String reference = report("alice", null);
    id(upload(reference, "alice", "first.jpg", EvidenceFiles.photo()));
    Set<String> before = EvidenceBucket.keys();

    HttpResponse<String> response = upload(reference, "alice", name, bytes);

    JsonObject problem = assertProblem(response, status);
    assertThat(list(reference, "alice", null).getInt("total")).isEqualTo(1);
    assertThat(EvidenceBucket.keys()).as("no new object, staging included").isEqualTo(before);
    assertThat(EvidenceBucket.ofCase(reference)).hasSize(1);
    assertThat(Http.get(api, "cases/" + reference + "/events", token("alice")).body())
        .doesNotContain("Evidence added: " + name);
    return problem;
  }

  private String report(String user, String email) {
    HttpResponse<String> response =
        Http.send(api, "POST", "reports", token(user), Reports.theft(email).build().toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Keycloak.json(response.body()).getString("reference");
  }

  private HttpResponse<String> openUpload(String reference, String user, String name, long size) {
    String json =
        jakarta.json.Json.createObjectBuilder()
            .add("name", name)
            .add("size", size)
            .build()
            .toString();
    return send(
        "POST",
        uploadsPath(reference),
        user,
        "application/json",
        json.getBytes(StandardCharsets.UTF_8));
  }

  private JsonObject slot(String reference, String user, String name, long size) {
    HttpResponse<String> opened = openUpload(reference, user, name, size);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return Keycloak.json(opened.body());
  }

  private HttpResponse<String> complete(String reference, String id, String user) {
    return send("POST", uploadsPath(reference) + "/" + id, user, "application/json", new byte[0]);
  }

  private static String uploadsPath(String reference) {
    return "cases/" + reference + "/evidence/uploads";
  }

  /** As an API client would: the bytes as the body of a plain HTTP/1.1 PUT to the URL given. */
  private static int putToStore(JsonObject slot, byte[] bytes) {
    HttpRequest.Builder put =
        HttpRequest.newBuilder(URI.create(slot.getString("url")))
            .timeout(Duration.ofSeconds(60))
            .method(slot.getString("method"), HttpRequest.BodyPublishers.ofByteArray(bytes));
    // Content-Length, the one header given, is set by the client from the body's length.
    slot.getJsonObject("headers")
        .forEach(
            (name, value) -> {
              if (!name.equalsIgnoreCase("Content-Length"))
                put.header(name, ((jakarta.json.JsonString) value).getString());
            });
    try {
      return CLIENT.send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> upload(String reference, String user, String name, byte[] bytes) {
    return send("POST", uploadPath(reference, name), user, "application/octet-stream", bytes);
  }

  private HttpRequest uploadRequest(String reference, String user, String name, byte[] bytes) {
    return HttpRequest.newBuilder(URI.create(api.toString()).resolve(uploadPath(reference, name)))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token(user))
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
        .build();
  }

  private static String uploadPath(String reference, String name) {
    return "cases/"
        + reference
        + "/evidence?name="
        + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(
      String method, String path, String user, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.toString()).resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (user != null) request.header("Authorization", "Bearer " + token(user));
    if (method.equals("GET")) {
      request.GET();
    } else {
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<byte[]> download(String reference, long id, String user, String reason) {
    try {
      return CLIENT.send(
          downloadRequest(reference, id, user, reason), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> contentAsText(String reference, long id, String user) {
    return send("GET", content(reference, id, null), user, null, null);
  }

  private HttpRequest downloadRequest(String reference, long id, String user, String reason) {
    return HttpRequest.newBuilder(
            URI.create(api.toString()).resolve(content(reference, id, reason)))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token(user))
        .build();
  }

  private static String evidence(String reference, String reason) {
    return "cases/" + reference + "/evidence" + reasonQuery(reason);
  }

  private static String content(String reference, long id, String reason) {
    return "cases/" + reference + "/evidence/" + id + "/content" + reasonQuery(reason);
  }

  private static String reasonQuery(String reason) {
    return reason == null ? "" : "?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8);
  }

  private JsonObject list(String reference, String user, String reason) {
    HttpResponse<String> response = Http.get(api, evidence(reference, reason), token(user));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Keycloak.json(response.body());
  }

  private static JsonObject onlyItem(JsonObject listing) {
    assertThat(listing.getInt("total")).as(listing.toString()).isEqualTo(1);
    return listing.getJsonArray("items").getJsonObject(0);
  }

  private List<JsonObject> auditTrail(String reference) {
    HttpResponse<String> trail = Http.get(api, "cases/" + reference + "/audit", token("sam"));
    assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
    return Keycloak.json("{\"a\":" + trail.body() + "}")
        .getJsonArray("a")
        .getValuesAs(JsonObject.class);
  }

  private static long id(HttpResponse<String> added) {
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return Keycloak.json(added.body()).getJsonNumber("id").longValue();
  }

  private static String hannah() {
    return token("hannah");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.0001);
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
