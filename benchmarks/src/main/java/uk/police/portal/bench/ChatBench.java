package uk.police.portal.bench;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The measuring half of {@code ./portal bench chat}; bench/chat starts the servers and passes where
 * they are in the environment. N anonymous citizens each start a chat and talk the bot into a
 * hand-over; N/limit contact handlers, made in the bench's Keycloak and given that limit by a
 * supervisor, take them all. Then the citizens send messages at a steady rate, spread over the
 * chats, and the handlers' chat streams record when each arrives. Ends with {@code RESULT chats=…
 * p50_ms=… p99_ms=… max_ms=… lost=… duplicated=…} and more figures after those.
 */
public final class ChatBench {

  /** How long acknowledged messages may take to arrive after the last one is sent. */
  private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(10);

  private static final double CALM_STEAL_PERCENT = 5;

  private static final int IDLE_SECONDS = 10;

  private final ChatBenchSettings settings;
  private final KeycloakAccounts keycloak;
  private final Wire wire;
  private final DeliveryLedger ledger;
  private final ChatLoad load;
  private final List<BenchHandler> handlers = new ArrayList<>();
  private final List<BenchCitizen> citizens = new ArrayList<>();
  private final ChatReport report;

  private ChatBench(ChatBenchSettings settings) throws Exception {
    this.settings = settings;
    this.keycloak =
        new KeycloakAccounts(
            settings.keycloakUrl(), settings.adminUser(), settings.adminPassword());
    this.wire = new Wire(URI.create(settings.apiUrl()));
    this.ledger = new DeliveryLedger(settings.messages());
    this.load = new ChatLoad(wire, ledger, keycloak);
    this.report = new ChatReport(settings);
  }

  public static void main(String[] args) throws Exception {
    ChatBenchSettings settings = ChatBenchSettings.fromEnvironment();
    say(settings.plan());
    ChatBench bench = new ChatBench(settings);
    try {
      bench.run();
    } finally {
      bench.load.stop();
      bench.wire.close();
    }
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    signInHandlers();
    long online = System.nanoTime();
    bringHandlersOnline();
    say(
        "%d handlers online with a limit of %d in %.1f s (accounts and sign-ins %.1f s)",
        handlers.size(), settings.chatLimit(), seconds(online), seconds(started) - seconds(online));
    long chatting = System.nanoTime();
    startChats();
    say(
        "%d chats handed over by the bot and taken by a handler in %.1f s",
        citizens.size(), seconds(chatting));
    report.setup(seconds(started), wire.connections());
    measure();
  }

  // ---------------------------------------------------------------- handlers

  private void signInHandlers() throws Exception {
    keycloak.setAccessTokenLifespan(settings.tokenSeconds());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<BenchHandler>> made = new ArrayList<>();
      for (int n = 1; n <= settings.handlers(); n++) {
        String username = String.format("bench-handler-%03d", n);
        int number = n;
        made.add(
            pool.submit(
                () -> {
                  String id =
                      keycloak.ensureUser(
                          username,
                          BenchSettings.CITIZEN_PASSWORD,
                          "Handler",
                          String.format("Bench %03d", number));
                  keycloak.makeStaff(id, "contact-handler");
                  return new BenchHandler(
                      load, username, keycloak.signIn(username, BenchSettings.CITIZEN_PASSWORD));
                }));
      }
      for (Future<BenchHandler> handler : made) {
        handlers.add(handler.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void bringHandlersOnline() throws Exception {
    KeycloakAccounts.Tokens supervisor =
        keycloak.signIn(settings.supervisor(), settings.supervisorPassword());
    String bearer = "Bearer " + supervisor.access();
    String limit =
        "{\"chatLimit\":"
            + settings.chatLimit()
            + ",\"skills\":[\"GENERAL\",\"PUBLIC_PROTECTION\"]}";
    List<CompletableFuture<Wire.Reply>> steps = new ArrayList<>();
    for (BenchHandler handler : handlers) {
      steps.add(
          handler
              .introduce()
              .thenCompose(me -> expect(me, 200, "GET /chat/handlers/me of " + handler.username))
              .thenCompose(
                  me ->
                      wire.send(
                          "PUT",
                          "/chat/handlers/" + handler.username,
                          Map.of("Authorization", bearer),
                          limit))
              .thenCompose(
                  set -> expect(set, 200, "the supervisor's limit for " + handler.username))
              .thenCompose(
                  set -> {
                    handler.openConsole();
                    return handler.connected;
                  })
              .thenCompose(open -> handler.becomeAvailable())
              .thenCompose(available -> expect(available, 200, handler.username + " AVAILABLE")));
    }
    CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new))
        .get(60 + settings.handlers() / 5, TimeUnit.SECONDS);
  }

  private static CompletableFuture<Wire.Reply> expect(Wire.Reply reply, int status, String what) {
    if (reply.status() != status) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              what + ": " + reply.status() + " " + ChatLoad.shortened(reply.body())));
    }
    return CompletableFuture.completedFuture(reply);
  }

  // ---------------------------------------------------------------- chats

  /** A few citizens talk to the bot at once; each frees its place when the bot hands over. */
  private void startChats() throws Exception {
    Semaphore talking = new Semaphore(settings.setupAtOnce());
    long deadline = System.nanoTime() + settings.setupNanos();
    long nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (int n = 0; n < settings.chats(); n++) {
      while (!talking.tryAcquire(1, TimeUnit.SECONDS)) {
        nextProgress = progress(nextProgress, deadline);
      }
      BenchCitizen citizen = new BenchCitizen(load, n);
      citizens.add(citizen);
      citizen.handedOver.whenComplete((done, error) -> talking.release());
      citizen.start();
      nextProgress = progress(nextProgress, deadline);
    }
    while (load.ready() < settings.chats()) {
      Thread.sleep(200);
      nextProgress = progress(nextProgress, deadline);
    }
  }

  private long progress(long next, long deadline) {
    long now = System.nanoTime();
    if (load.failures.get() > 0 || now > deadline) {
      throw new IllegalStateException(
          String.format(
              "setting up the chats %s: %d of %d started, %d handed over, %d taken by a handler;"
                  + " problems: %s",
              now > deadline ? "took too long" : "failed",
              citizens.size(),
              settings.chats(),
              load.handedOver.get(),
              load.ready(),
              String.join("; ", load.problems())));
    }
    if (now < next) {
      return next;
    }
    say(
        "  %d chats started, %d handed over, %d taken by a handler",
        citizens.size(), load.handedOver.get(), load.ready());
    return now + TimeUnit.SECONDS.toNanos(10);
  }

  // ---------------------------------------------------------------- the measured messages

  private void measure() throws Exception {
    List<BenchCitizen> order = new ArrayList<>(citizens);
    Collections.shuffle(order, new Random(20261121L));
    int total = settings.messages();
    int warmup = settings.warmupMessages();
    long interval = Math.round(1e9 / settings.rate());
    say(
        "sending %d messages at %.0f/s over the %d chats: %d s of warm-up, then %d s measured...",
        total, settings.rate(), order.size(), settings.warmupSeconds(), settings.seconds());

    CpuMeter cpu = new CpuMeter(settings.serverPid());
    // What the open streams, the sweep and the rest cost with no message at all
    ServerThreads threads = new ServerThreads(settings.serverPid());
    CpuMeter.Reading idleStart = cpu.read();
    Map<String, Double> idleThreads = threads.read();
    Thread.sleep(TimeUnit.SECONDS.toMillis(IDLE_SECONDS));
    report.idle(idleStart, cpu.read());
    report.threads("  idle", ServerThreads.byKind(idleThreads, threads.read()), IDLE_SECONDS);
    Map<String, Double> windowThreads = Map.of();

    CpuTimeline steal = new CpuTimeline(settings.serverPid());
    CpuMeter.Reading cpuStart = null;
    long windowStart = 0;
    long windowStartMillis = 0;
    long worstLag = 0;
    long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    for (int n = 0; n < total; n++) {
      long due = t0 + n * interval;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      if (n == warmup) {
        windowStart = System.nanoTime();
        windowStartMillis = System.currentTimeMillis();
        cpuStart = cpu.read();
        windowThreads = threads.read();
        steal.start();
      }
      worstLag = Math.max(worstLag, System.nanoTime() - due);
      send(n, order.get(n % order.size()), n >= warmup);
    }
    long end = t0 + total * interval;
    while (System.nanoTime() < end) {
      LockSupport.parkNanos(end - System.nanoTime());
    }
    CpuMeter.Reading cpuEnd = cpu.read();
    Map<String, Double> threadsEnd = threads.read();
    long windowEndMillis = System.currentTimeMillis();
    List<CpuTimeline.Second> seconds = steal.stop();

    long drainedBy = System.nanoTime() + DRAIN_NANOS;
    DeliveryLedger.Tally tally = ledger.tally();
    while ((tally.lost() > 0 || tally.unanswered() > 0) && System.nanoTime() < drainedBy) {
      Thread.sleep(100);
      tally = ledger.tally();
    }
    long windowStartNanos = windowStart;
    report.messages(
        tally,
        Latencies.of(ledger.deliveryMillis(started -> started >= windowStartNanos)),
        Latencies.of(
            ledger.deliveryMillis(
                started -> CpuTimeline.calmAround(seconds, started, CALM_STEAL_PERCENT))),
        Latencies.of(ledger.acknowledgementMillis()),
        worstLag / 1e6);
    report.window(windowStartMillis, windowEndMillis);
    report.steal(seconds, CALM_STEAL_PERCENT);
    report.cpu(cpuStart, cpuEnd, total - warmup);
    report.serverSeconds(seconds);
    report.threads(
        "  measured",
        ServerThreads.byKind(windowThreads, threadsEnd),
        (cpuEnd.nanos() - cpuStart.nanos()) / 1e9);
    report.heap(
        new ServerHeap(settings.serverPid(), settings.gcLog()), windowStartMillis, windowEndMillis);
    report.client(load, wire);
    report.print();
  }

  private void send(int n, BenchCitizen citizen, boolean measured) {
    String body =
        "{\"clientId\":\"m"
            + n
            + "\",\"text\":\"bench message m"
            + n
            + " sent at "
            + Instant.now()
            + "\"}";
    long started = System.nanoTime();
    ledger.sent(n, started, measured);
    wire.send("POST", "/chats/" + citizen.chatId() + "/messages", citizen.credentials(), body)
        .whenComplete(
            (reply, error) ->
                ledger.answered(n, error == null ? reply.status() : 0, System.nanoTime()));
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
