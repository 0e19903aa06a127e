package uk.police.portal.evidencestore.storage.boundary;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;

/**
 * Gives tests an {@link ObjectStoreConfig} for a real S3 server: the one in {@code PORTAL_S3_*}
 * when the launcher provides it, otherwise an S3Proxy started once per test run through the
 * module's {@code s3proxy} script on a free port, and stopped when the run ends.
 */
public class LocalS3 implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ObjectStoreConfig.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (System.getenv(ObjectStoreConfig.ENDPOINT) != null) {
      // a bucket of its own, so tests never litter the evidence bucket of the server they were
      // given
      ObjectStoreConfig given = ObjectStoreConfig.fromEnvironment();
      return new ObjectStoreConfig(
          given.endpoint(),
          given.accessKey(),
          given.secretKey(),
          "portal-evidence-it",
          given.region());
    }
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(LocalS3.class))
        .getOrComputeIfAbsent(
            StartedS3Proxy.class, k -> StartedS3Proxy.start(), StartedS3Proxy.class)
        .config();
  }

  /** Closed by JUnit when the test run ends. */
  record StartedS3Proxy(Map<String, String> environment, ObjectStoreConfig config)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static StartedS3Proxy start() {
      Map<String, String> env = new HashMap<>();
      env.put("PORTAL_RUN_DIR", buildDir().resolve("s3proxy-it").toString());
      env.put("PORTAL_S3_PORT", Integer.toString(freePort()));
      env.put("PORTAL_S3_ACCESS_KEY", "portal-it");
      env.put("PORTAL_S3_SECRET_KEY", "portal-it-secret-key");
      script(env, "stop"); // one left over by a crashed run would answer on its old port
      script(env, "start");
      ObjectStoreConfig config =
          ObjectStoreConfig.from(
              Map.of(
                  ObjectStoreConfig.ENDPOINT, "http://127.0.0.1:" + env.get("PORTAL_S3_PORT"),
                  ObjectStoreConfig.ACCESS_KEY, env.get("PORTAL_S3_ACCESS_KEY"),
                  ObjectStoreConfig.SECRET_KEY, env.get("PORTAL_S3_SECRET_KEY")));
      return new StartedS3Proxy(env, config);
    }

    @Override
    public void close() {
      script(environment, "stop");
    }

    private static void script(Map<String, String> env, String command) {
      Path script = Path.of(System.getProperty("evidencestore.basedir", ".")).resolve("s3proxy");
      try {
        Path output = Files.createTempFile("s3proxy-" + command, ".log");
        ProcessBuilder builder =
            new ProcessBuilder(script.toString(), command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean done = process.waitFor(3, TimeUnit.MINUTES);
        String said = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (!done || process.exitValue() != 0) {
          process.destroy();
          throw new IllegalStateException("s3proxy " + command + " failed:\n" + said);
        }
        System.out.print(said);
      } catch (IOException e) {
        throw new IllegalStateException("Could not run " + script, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while running " + script, e);
      }
    }

    private static Path buildDir() {
      return Path.of(System.getProperty("evidencestore.builddir", "target"));
    }
  }

  /** A port nothing listens on right now (and so, for a moment, a closed port). */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port on 127.0.0.1", e);
    }
  }
}
