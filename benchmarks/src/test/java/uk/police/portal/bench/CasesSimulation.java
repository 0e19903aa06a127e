package uk.police.portal.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * 100 citizens (bench-citizen-001...), each with their own Keycloak token, reading their own case
 * and its timeline in a loop, as the case page does: GET /api/cases/{ref}, then GET
 * /api/cases/{ref}/events?page=0&size=50. A closed model: each citizen sends the next request when
 * the last one has answered, so the server always has (up to) 100 requests in hand.
 *
 * <p>The seeder signed the citizens in and wrote their tokens with their references. First a
 * warm-up, whose requests are silent (kept out of the statistics); then the measured time. Both
 * phases end at the same moment for every citizen. Access tokens live 5 minutes in the dev realm: a
 * minute before one expires the citizen refreshes it (silently too).
 */
public class CasesSimulation extends Simulation {

  private final BenchSettings settings = BenchSettings.fromEnvironment();
  private final Duration warmUp = seconds("PORTAL_BENCH_WARMUP_SECONDS", 20);
  private final Duration measured = seconds("PORTAL_BENCH_SECONDS", 60);
  private final Duration thinkTime =
      Duration.ofMillis(Long.parseLong(BenchSettings.env("PORTAL_BENCH_PAUSE_MS", "0")));
  private final String tokenUrl =
      settings.keycloakUrl() + "/realms/portal/protocol/openid-connect/token";
  private final CpuMeter cpu = new CpuMeter(BenchSettings.env("PORTAL_BENCH_SERVER_PID", ""));
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
  private final CompletableFuture<CpuMeter.Reading> cpuAtStart = new CompletableFuture<>();
  private final CompletableFuture<CpuMeter.Reading> cpuAtEnd = new CompletableFuture<>();
  private volatile long warmUpEnds;
  private volatile long measuredEnds;

  {
    HttpProtocolBuilder api =
        http.baseUrl(settings.apiUrl())
            .acceptHeader("application/json")
            // no request to the outside world before the run, and every read a real one
            .disableWarmUp()
            .disableCaching();
    ScenarioBuilder citizens =
        scenario("citizens read their own case")
            .feed(listFeeder(citizens()).circular())
            .exec(asLongAs(session -> now() < warmUpEnds).on(readOwnCase(true)))
            .exec(asLongAs(session -> now() < measuredEnds).on(readOwnCase(false)));
    // All citizens start at once; replacements (for a citizen whose session crashed) arrive only
    // during the warm-up, so the measured time has the same 100 citizens throughout.
    setUp(
            citizens.injectClosed(
                constantConcurrentUsers(settings.citizens()).during(atLeastOneSecond(warmUp))))
        .protocols(api);
  }

  @Override
  public void before() {
    warmUpEnds = now() + warmUp.toMillis();
    measuredEnds = warmUpEnds + measured.toMillis();
    clock.schedule(() -> cpuAtStart.complete(cpu.read()), warmUp.toMillis(), MILLISECONDS);
    clock.schedule(
        () -> cpuAtEnd.complete(cpu.read()), warmUp.plus(measured).toMillis(), MILLISECONDS);
    System.out.printf(
        "bench: %d citizens, warm-up %d s, measured %d s, think time %d ms, API %s%n",
        settings.citizens(),
        warmUp.toSeconds(),
        measured.toSeconds(),
        thinkTime.toMillis(),
        settings.apiUrl());
  }

  /** Lines GatlingSummary reads back from this run's output. */
  @Override
  public void after() {
    clock.shutdownNow();
    if (cpuAtStart.isDone() && cpuAtEnd.isDone()) {
      CpuMeter.Reading start = cpuAtStart.join();
      CpuMeter.Reading end = cpuAtEnd.join();
      System.out.println("bench: " + CpuMeter.between(start, end));
      System.out.printf(
          Locale.ROOT, "bench: server-cpu-seconds=%.2f%n", CpuMeter.serverSeconds(start, end));
    }
  }

  private ChainBuilder readOwnCase(boolean warmingUp) {
    ChainBuilder read =
        doIf(session -> now() > session.getLong("accessTokenExpires") - 60_000)
            .then(refresh())
            .exec(silentIf(warmingUp, caseRequest()), silentIf(warmingUp, timelineRequest()));
    return thinkTime.isZero() ? read : read.exec(pause(thinkTime));
  }

  private HttpRequestActionBuilder caseRequest() {
    return http("GET /api/cases/{ref}")
        .get("/cases/#{reference}")
        .header("Authorization", "Bearer #{accessToken}")
        .check(
            status().is(200),
            jsonPath("$.reference").is(session -> session.getString("reference")));
  }

  private HttpRequestActionBuilder timelineRequest() {
    return http("GET /api/cases/{ref}/events")
        .get("/cases/#{reference}/events?page=0&size=50")
        .header("Authorization", "Bearer #{accessToken}")
        .check(
            status().is(200),
            // exactly the entries a victim may see: their count was written by the seeder
            jsonPath("$.total").ofLong().is(session -> session.getLong("visibleEvents")));
  }

  /** A failed refresh leaves the old token, so the next requests fail and count as errors. */
  private ChainBuilder refresh() {
    return exec(http("refresh token")
            .post(tokenUrl)
            .formParam("grant_type", "refresh_token")
            .formParam("client_id", "portal-dev-cli")
            .formParam("refresh_token", "#{refreshToken}")
            .check(
                status().is(200),
                jsonPath("$.access_token").saveAs("accessToken"),
                jsonPath("$.refresh_token").saveAs("refreshToken"),
                jsonPath("$.expires_in").ofLong().saveAs("expiresIn"))
            .silent())
        .exec(
            session ->
                session.set(
                    "accessTokenExpires",
                    now()
                        + (session.contains("expiresIn") ? session.getLong("expiresIn") : 60)
                            * 1000));
  }

  private static HttpRequestActionBuilder silentIf(boolean silent, HttpRequestActionBuilder r) {
    return silent ? r.silent() : r;
  }

  private List<Map<String, Object>> citizens() {
    try {
      List<String> lines = Files.readAllLines(settings.citizensFile());
      if (lines.isEmpty() || !lines.get(0).equals(BenchSettings.CITIZENS_HEADER)) {
        throw new IllegalStateException(settings.citizensFile() + " is not the seeder's file");
      }
      return lines.stream()
          .skip(1)
          .map(line -> line.split(","))
          .map(
              cells ->
                  Map.<String, Object>of(
                      "username", cells[0],
                      "reference", cells[1],
                      "visibleEvents", Long.parseLong(cells[2]),
                      "accessToken", cells[3],
                      "refreshToken", cells[4],
                      "accessTokenExpires", Long.parseLong(cells[5])))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no citizens file: run the seeder first", e);
    }
  }

  private static Duration seconds(String variable, int fallback) {
    return Duration.ofSeconds(Long.parseLong(BenchSettings.env(variable, "" + fallback)));
  }

  private static Duration atLeastOneSecond(Duration duration) {
    return duration.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : duration;
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
