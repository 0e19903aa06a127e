package uk.police.portal.ui.journey;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole portal as it ships: one Payara Micro with case-api at /api and portal-ui at /, started
 * once per test run, against the Keycloak, S3 and mail that {@code ./portal test} started. With
 * {@code -Dportal.test.running-stack=true} the journeys use the portal at PORTAL_UI_URL instead.
 */
public class PortalServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
  private static PortalServer running;

  private Process payara;
  private Path log;

  public static String baseUrl() {
    return System.getenv().getOrDefault("PORTAL_UI_URL", "http://127.0.0.1:18080");
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) throws Exception {
    if (running == null && Boolean.getBoolean("portal.test.running-stack")) {
      running = this; // journeys against a stack someone started, e.g. with ./portal up
      return;
    }
    if (running == null) {
      // Registered before it starts, so a failed start still stops the server.
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("portal-server", this);
      running = this;
      start();
    }
  }

  private void start() throws IOException, InterruptedException {
    Path dir = Path.of(System.getProperty("portal.test.dir", "target"), "portal-server");
    Files.createDirectories(dir);
    log = dir.resolve("payara.log");
    String port = URI.create(baseUrl()).getPort() + "";
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "java",
                    "-Xmx768m",
                    "-jar",
                    System.getProperty("portal.test.payara.jar"),
                    "--nocluster",
                    "--hzconfigfile",
                    System.getProperty("portal.repo.dir") + "/etc/payara/hazelcast-loopback.xml",
                    "--rootdir",
                    dir.resolve("root").toString(),
                    "--port",
                    port,
                    "--deploy",
                    System.getProperty("portal.test.case-api.war") + ":/api",
                    "--deploy",
                    System.getProperty("portal.test.portal-ui.war") + ":/"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PORTAL_DB_URL", "jdbc:h2:file:" + dir.toAbsolutePath() + "/h2/db");
    builder.environment().put("PORTAL_API_URL", baseUrl() + "/api");
    // Every run starts from an empty database and a fresh server directory.
    deleteRecursively(dir.resolve("root").toFile());
    deleteRecursively(dir.resolve("h2").toFile());
    payara = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(payara::destroy));
    awaitReady();
  }

  private void awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!payara.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped during start-up; see " + log);
      }
      if (answers(http, baseUrl() + "/api/health/ready") && answers(http, baseUrl() + "/")) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "The portal was not ready in " + READY_TIMEOUT + "; see " + log);
  }

  private static boolean answers(HttpClient http, String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (payara != null) {
      payara.destroy();
      payara.waitFor();
    }
  }

  private static void deleteRecursively(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteRecursively(child);
      }
    }
    file.delete();
  }
}
