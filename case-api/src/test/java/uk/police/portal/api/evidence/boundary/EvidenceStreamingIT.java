package uk.police.portal.api.evidence.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.police.portal.api.testsupport.CaseApiWar;
import uk.police.portal.api.testsupport.GeneratedVideo;
import uk.police.portal.api.testsupport.Http;
import uk.police.portal.api.testsupport.Keycloak;
import uk.police.portal.api.testsupport.Reports;
import uk.police.portal.api.testsupport.StoreProxy;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;

/**
 * Large files through the real WAR on a server that cannot hold them: the "streaming" container
 * (arquillian.xml) runs with a 256 MB heap, exits on any OutOfMemoryError, has its own bucket, and
 * reaches S3Proxy only through a relay on a fixed port that a test can cut like a store losing
 * power.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceStreamingIT {

  static final long MB = 1024L * 1024;
  static final String BUCKET =
      System.getProperty("portal.it.streaming.s3.bucket", "portal-evidence-case-api-streaming");

  /** Up before the server boots: the server's settings name this port as its object store. */
  static final StoreProxy STORE =
      StoreProxy.start(
          Integer.getInteger("portal.it.streaming.s3.port", 19077),
          env("PORTAL_S3_ENDPOINT", "http://127.0.0.1:19000"));

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  @TargetsContainer("streaming")
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  @AfterAll
  static void stopRelay() {
    STORE.close();
  }

  @Test
  void aOneGigabyteVideoStreamsThroughAServerWithA256MegabyteHeap() {
    String reference = report();
    GeneratedVideo video = new GeneratedVideo(1024 * MB);

    long started = System.nanoTime();
    HttpResponse<String> added = upload(reference, "cctv.mp4", video);
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject receipt = Keycloak.json(added.body());
    assertThat(receipt.getJsonNumber("size").longValue()).isEqualTo(1024 * MB);
    assertThat(receipt.getString("sha256")).isEqualTo(video.sha256());
    assertThat(receipt.getString("typeInWords")).isEqualTo("MP4 video");
    assertThat(receipt.getString("sizeInWords")).isEqualTo("1 GB");
    assertThat(Http.get(api, "health/live", null).statusCode())
        .as("the server is still up: with -XX:+ExitOnOutOfMemoryError any OOM would have ended it")
        .isEqualTo(200);
    System.out.printf(
        "EvidenceStreamingIT: 1 GB through POST /evidence in %d s, server heap capped at 256 MB%n",
        seconds);
    for (String key : EvidenceBucket.ofCase(BUCKET, reference)) EvidenceBucket.remove(BUCKET, key);
  }

  @Test
  void whenStorageStopsMidUploadNothingIsKeptAndATryAgainWorks() {
    String reference = report();
    Set<String> before = EvidenceBucket.keys(BUCKET);
    STORE.cutAfter(24 * MB);

    HttpResponse<String> cut = upload(reference, "cctv.mp4", new GeneratedVideo(64 * MB));

    assertThat(STORE.isCut()).isTrue();
    assertThat(assertProblem(cut, 503).getString("detail"))
        .isEqualTo(
            "We cannot store or read files right now. Nothing was saved. Please try again in a"
                + " few minutes.");
    assertThat(cut.headers().firstValue("Retry-After")).isPresent();
    assertThat(list(reference).getInt("total")).isZero();

    STORE.restore();
    // What the server's StaleUploadSweeper does every hour, here at once and for any age: the
    // staging object and the multipart parts the dead store could not be told to abort.
    new ObjectStore(directConfig()).removeStaleIncoming(Duration.ZERO);

    assertThat(EvidenceBucket.keys(BUCKET)).as("nothing left in the bucket").isEqualTo(before);
    GeneratedVideo again = new GeneratedVideo(32 * MB);
    HttpResponse<String> retried = upload(reference, "cctv.mp4", again);
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    assertThat(Keycloak.json(retried.body()).getString("sha256")).isEqualTo(again.sha256());
    assertThat(list(reference).getInt("total")).isEqualTo(1);
  }

  private String report() {
    HttpResponse<String> response =
        Http.send(
            api,
            "POST",
            "reports",
            EvidenceResourceIT.token("alice"),
            Reports.theft(null).build().toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Keycloak.json(response.body()).getString("reference");
  }

  /** The body is made up while it is sent, with its length known, over HTTP/1.1. */
  private HttpResponse<String> upload(String reference, String name, GeneratedVideo video) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(api.toString()).resolve("cases/" + reference + "/evidence?name=" + name))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", "Bearer " + EvidenceResourceIT.token("alice"))
            .header("Content-Type", "application/octet-stream")
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> video), video.size()))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonObject list(String reference) {
    HttpResponse<String> response =
        Http.get(api, "cases/" + reference + "/evidence", EvidenceResourceIT.token("alice"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Keycloak.json(response.body());
  }

  private static ObjectStoreConfig directConfig() {
    return new ObjectStoreConfig(
        env("PORTAL_S3_ENDPOINT", "http://127.0.0.1:19000"),
        env("PORTAL_S3_ACCESS_KEY", "portal-dev"),
        env("PORTAL_S3_SECRET_KEY", "portal-dev-secret-key"),
        BUCKET,
        "us-east-1");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
