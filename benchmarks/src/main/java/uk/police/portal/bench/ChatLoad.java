package uk.police.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every bench citizen and handler of one run share: the client, the ledger, a thread for what
 * must wait (reconnects, token refreshes, never the selector), and the counts the report shows.
 */
final class ChatLoad {

  private static final int PROBLEMS_KEPT = 10;

  final Wire wire;
  final DeliveryLedger ledger;
  final KeycloakAccounts keycloak;
  final ScheduledExecutorService later =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "bench-later");
            thread.setDaemon(true);
            return thread;
          });

  final AtomicInteger handedOver = new AtomicInteger();
  final AtomicInteger reconnects = new AtomicInteger();
  final AtomicInteger returned = new AtomicInteger();
  final AtomicInteger ended = new AtomicInteger();
  final AtomicInteger failures = new AtomicInteger();
  private final Set<String> ready = ConcurrentHashMap.newKeySet();
  private final List<String> problems = new ArrayList<>();
  private volatile boolean stopping;

  ChatLoad(Wire wire, DeliveryLedger ledger, KeycloakAccounts keycloak) {
    this.wire = wire;
    this.ledger = ledger;
    this.keycloak = keycloak;
  }

  /** A handler has the chat's stream open and has greeted the citizen. */
  void chatReady(String chatId) {
    ready.add(chatId);
  }

  int ready() {
    return ready.size();
  }

  /** Something went wrong that the report must show; the first few are kept in full. */
  void problem(String what) {
    failures.incrementAndGet();
    synchronized (problems) {
      if (problems.size() < PROBLEMS_KEPT) {
        problems.add(what);
      }
    }
  }

  List<String> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  /** From now on a stream that ends is not opened again. */
  void stop() {
    stopping = true;
  }

  boolean stopping() {
    return stopping;
  }

  void after(long millis, Runnable task) {
    if (!stopping) {
      later.schedule(task, millis, TimeUnit.MILLISECONDS);
    }
  }

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  /** A string member, "" when it is missing or not a string (JSON-B leaves nulls out). */
  static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString string ? string.getString() : "";
  }

  static String shortened(String body) {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
  }
}
