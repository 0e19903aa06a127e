package uk.police.portal.api.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One case-api node: a Payara Micro process of its own (the jar the build pins) with the WAR as
 * built at {@code /api}, on its own HTTP port, as a node behind a load balancer would run. Nodes
 * share nothing but the database: {@code --nocluster} with Hazelcast held on loopback, so anything
 * that crosses nodes goes through PostgreSQL. It can be killed like a machine losing power ({@link
 * #kill()}: SIGKILL, no shutdown hooks) and started again on the same port.
 *
 * <p>Whatever happens to the test, its processes die with the test JVM (a shutdown hook), and each
 * start writes to its own log under {@code target/nodes/}.
 */
public final class PayaraNode implements AutoCloseable {

  /** The exit status of a process ended by SIGKILL (128 + 9), as Java reports it on Linux. */
  static final int KILLED = 137;

  private static final Duration BOOT = Duration.ofSeconds(300);
  private static final Set<PayaraNode> RUNNING = ConcurrentHashMap.newKeySet();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> RUNNING.forEach(node -> node.process.destroyForcibly())));
  }

  private final String name;
  private final int port;
  private final Map<String, String> settings;
  private final Path dir;
  private Process process;
  private int starts;

  private PayaraNode(String name, int port, Map<String, String> settings) {
    this.name = name;
    this.port = port;
    this.settings = Map.copyOf(settings);
    this.dir = Path.of(System.getProperty("portal.test.dir", "target"), "nodes", name);
  }

  /**
   * Starts a node on a free port; {@code settings} are environment variables on top of this JVM's
   * (the PORTAL_* settings the app reads). Returns at once: {@link #awaitReady()} before use.
   */
  public static PayaraNode start(String name, Map<String, String> settings) {
    PayaraNode node = new PayaraNode(name, freePort(), settings);
    node.forgetEarlierRuns();
    node.launch();
    return node;
  }

  public String name() {
    return name;
  }

  /** The API's base URL, ending in {@code /api/}. */
  public URL api() {
    try {
      return new URL("http://127.0.0.1:" + port + "/api/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  public long pid() {
    return process.pid();
  }

  /** This start's log file. */
  public Path log() {
    return dir.resolve(name + "-" + starts + ".log");
  }

  /**
   * Waits until {@code /api/health/ready} answers 200 (database, Keycloak and S3 reachable). When
   * it does not, the failure quotes the last answer and the end of the node's log: on CI only the
   * build's output survives, not {@code target/nodes}.
   */
  public PayaraNode awaitReady() {
    Instant deadline = Instant.now().plus(BOOT);
    URI ready = URI.create(api() + "health/ready");
    String lastAnswer = "nothing yet";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " stopped while booting (exit " + process.exitValue() + ")" + logTail());
      }
      lastAnswer = answer(ready);
      if (lastAnswer.startsWith("200 ")) {
        return this;
      }
      pause(Duration.ofSeconds(1));
    }
    throw new IllegalStateException(
        name + " was not ready within " + BOOT + "; health/ready said: " + lastAnswer + logTail());
  }

  /** The last lines of this start's log that say more than INFO, for a failure message. */
  private String logTail() {
    try (Stream<String> lines = Files.lines(log())) {
      List<String> notable =
          lines.filter(line -> line.contains("WARNING") || line.contains("SEVERE")).toList();
      List<String> last = notable.subList(Math.max(0, notable.size() - 12), notable.size());
      return "; last warnings in " + log() + ":\n  " + String.join("\n  ", last);
    } catch (IOException | UncheckedIOException e) {
      return "; see " + log();
    }
  }

  /**
   * Kills the process with SIGKILL, as a machine losing power: no shutdown hook, no transaction
   * finished, no connection closed politely. Fails if the process did not die of SIGKILL.
   */
  public void kill() {
    process.destroyForcibly();
    int status = waitForExit();
    RUNNING.remove(this);
    if (status != KILLED) {
      throw new IllegalStateException(
          name + " ended with status " + status + ", not by SIGKILL (" + KILLED + ")");
    }
  }

  /** Starts the node again on the same port and waits until it is ready. */
  public PayaraNode restart() {
    if (process.isAlive()) {
      close();
    }
    launch();
    return awaitReady();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Stops the node politely (SIGTERM), and forcibly if it does not stop within 30 s. */
  @Override
  public void close() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        waitForExit();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    RUNNING.remove(this);
  }

  /** Logs of an earlier test run would read as this one's. */
  private void forgetEarlierRuns() {
    try {
      deleteTree(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not clear " + dir, e);
    }
  }

  private void launch() {
    starts++;
    Path root = dir.resolve("root");
    try {
      deleteTree(root);
      Files.createDirectories(root);
      ProcessBuilder builder = new ProcessBuilder(command(root));
      builder.environment().putAll(settings);
      builder.redirectErrorStream(true);
      builder.redirectOutput(log().toFile());
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Payara Micro for " + name, e);
    }
    RUNNING.add(this);
  }

  private List<String> command(Path root) {
    Path repo = Path.of(System.getProperty("portal.repo.dir", ".."));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    // As ./portal runs it: spares the token parser a service lookup on every request.
    command.add("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl");
    command.add("-jar");
    command.add(microJar().toString());
    command.addAll(
        List.of(
            "--nocluster",
            "--hzconfigfile",
            repo.resolve("etc/payara/hazelcast-loopback.xml").toAbsolutePath().toString(),
            "--rootdir",
            root.toAbsolutePath().toString(),
            "--port",
            Integer.toString(port),
            "--deploy",
            war().toAbsolutePath() + ":/api"));
    return command;
  }

  /** The jar failsafe's pre-integration-test step copies from Maven Central (case-api pom). */
  private static Path microJar() {
    Path jar = Path.of(System.getProperty("payara.microJar", "target/payara/payara-micro.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "No Payara Micro jar at " + jar + ": run through failsafe (mvn verify).");
    }
    return jar;
  }

  private static Path war() {
    Path war = Path.of(System.getProperty("portal.test.war", "target/case-api.war"));
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException("No WAR at " + war + ": build case-api first.");
    }
    return war;
  }

  private int waitForExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " did not end within 60 s");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** "STATUS body" of a GET, or what stopped it. */
  private static String answer(URI uri) {
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return response.statusCode() + " " + body.substring(0, Math.min(body.length(), 400));
    } catch (IOException e) {
      return "no answer (" + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
