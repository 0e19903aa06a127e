package uk.police.portal.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What bench/chat passes in the environment; every default is the script's, so the class can also
 * be run by hand against servers started some other way.
 *
 * @param chats concurrent chats, each with a citizen and a handler stream
 * @param chatLimit the limit the supervisor gives every bench handler (handlers = chats / limit)
 * @param rate citizen messages per second, all chats together
 * @param seconds measured time, after {@code warmupSeconds} at the same rate
 * @param setupAtOnce citizens talking to the bot at the same time while the chats are set up
 * @param tokenSeconds how long access tokens live in the bench's Keycloak during the run
 * @param database what case-api runs on, for the report
 */
record ChatBenchSettings(
    String apiUrl,
    String keycloakUrl,
    int chats,
    int chatLimit,
    double rate,
    int seconds,
    int warmupSeconds,
    int setupAtOnce,
    int tokenSeconds,
    String serverPid,
    Path gcLog,
    String database,
    String supervisor,
    String supervisorPassword,
    String adminUser,
    String adminPassword) {

  ChatBenchSettings {
    if (chats < 1 || rate <= 0 || seconds < 1 || warmupSeconds < 0 || setupAtOnce < 1) {
      throw new IllegalArgumentException(
          "chats, rate and seconds must be positive, the warm-up not negative");
    }
    if (chatLimit < 1 || chatLimit > 10) {
      throw new IllegalArgumentException("a handler's chat limit is 1 to 10, not " + chatLimit);
    }
  }

  static ChatBenchSettings fromEnvironment() {
    return new ChatBenchSettings(
        BenchSettings.env("PORTAL_BENCH_API_URL", "http://127.0.0.1:48080/api"),
        BenchSettings.env("PORTAL_BENCH_KEYCLOAK_URL", "http://127.0.0.1:48180"),
        number("PORTAL_BENCH_CHATS", "2000"),
        number("PORTAL_BENCH_CHAT_LIMIT", "10"),
        Double.parseDouble(BenchSettings.env("PORTAL_BENCH_RATE", "200")),
        number("PORTAL_BENCH_SECONDS", "60"),
        number("PORTAL_BENCH_WARMUP_SECONDS", "10"),
        number("PORTAL_BENCH_SETUP_AT_ONCE", "16"),
        number("PORTAL_BENCH_TOKEN_SECONDS", "3600"),
        BenchSettings.env("PORTAL_BENCH_SERVER_PID", ""),
        Path.of(BenchSettings.env("PORTAL_BENCH_GC_LOG", ".portal/bench-chat/gc.log")),
        BenchSettings.env("PORTAL_BENCH_DATABASE", "unknown"),
        BenchSettings.env("PORTAL_BENCH_SUPERVISOR", "sam"),
        BenchSettings.env("PORTAL_BENCH_SUPERVISOR_PASSWORD", "Demo-pass-2026!"),
        BenchSettings.env("PORTAL_KEYCLOAK_ADMIN", "admin"),
        BenchSettings.env("PORTAL_KEYCLOAK_ADMIN_PASSWORD", "admin"));
  }

  private static int number(String name, String fallback) {
    return Integer.parseInt(BenchSettings.env(name, fallback));
  }

  int handlers() {
    return (chats + chatLimit - 1) / chatLimit;
  }

  /** Every message sent, the warm-up's included. */
  int messages() {
    return (int) Math.round(rate * (warmupSeconds + seconds));
  }

  int warmupMessages() {
    return (int) Math.round(rate * warmupSeconds);
  }

  /** How long the chats may take to be handed over and taken: generous, it is not measured. */
  long setupNanos() {
    return TimeUnit.SECONDS.toNanos(120) + TimeUnit.MILLISECONDS.toNanos(250L * chats);
  }

  String plan() {
    return String.format(
        Locale.ROOT,
        "%d chats (a citizen and a handler stream each), %d handlers with a limit of %d and a"
            + " console stream each; %.0f messages/s for %d s after %d s of warm-up; case-api on"
            + " %s",
        chats,
        handlers(),
        chatLimit,
        rate,
        seconds,
        warmupSeconds,
        database);
  }
}
