package uk.police.portal.bench;

import java.nio.file.Path;

/**
 * The settings bench/cases passes in the environment, shared by the seeder and the simulation.
 * Every one has the default bench/cases uses, so a class can also be run by hand.
 */
public record BenchSettings(
    String dbUrl,
    String dbUser,
    String dbPassword,
    String keycloakUrl,
    String apiUrl,
    int cases,
    int citizens,
    Path citizensFile) {

  /** The password every bench citizen gets: 12+ characters, as the realm's policy asks. */
  public static final String CITIZEN_PASSWORD = "Bench-pass-2026!";

  /** The columns of the citizens file the seeder writes and the simulation feeds from. */
  public static final String CITIZENS_HEADER =
      "username,reference,visibleEvents,accessToken,refreshToken,accessTokenExpires";

  public static BenchSettings fromEnvironment() {
    return new BenchSettings(
        env("PORTAL_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/portal_bench"),
        env("PORTAL_BENCH_DB_USER", "postgres"),
        env("PORTAL_BENCH_DB_PASSWORD", "unused"),
        env("PORTAL_BENCH_KEYCLOAK_URL", "http://127.0.0.1:28180"),
        env("PORTAL_BENCH_API_URL", "http://127.0.0.1:28080/api"),
        Integer.parseInt(env("PORTAL_BENCH_CASES", "100000")),
        Integer.parseInt(env("PORTAL_BENCH_USERS", "100")),
        Path.of(env("PORTAL_BENCH_CITIZENS_FILE", "target/bench-citizens.csv")));
  }

  public static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The bench citizen's user name for a number from 1: bench-citizen-001. */
  public static String citizenUsername(int number) {
    return String.format("bench-citizen-%03d", number);
  }
}
