package uk.police.portal.api.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Several case-api nodes on one fresh PostgreSQL database, shared by every test of a class:
 * {@code @RegisterExtension static final PayaraNodes NODES = new PayaraNodes("db_name", 2,
 * settings)}. The class is skipped, saying why, where there is no PostgreSQL. Nodes boot side by
 * side (so both run the migrations at once, as a rolling deployment may) and are stopped after the
 * class, or by a shutdown hook if the test JVM ends first.
 */
public final class PayaraNodes implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

  private final String database;
  private final int count;
  private final Map<String, String> settings;
  private final List<PayaraNode> nodes = new ArrayList<>();
  private PostgresDatabase db;

  /** {@code settings}: environment variables for every node on top of the database's. */
  public PayaraNodes(String database, int count, Map<String, String> settings) {
    this.database = database;
    this.count = count;
    this.settings = Map.copyOf(settings);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return PostgresDatabase.absence()
        .map(ConditionEvaluationResult::disabled)
        .orElse(ConditionEvaluationResult.enabled("PostgreSQL is available"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    db = PostgresDatabase.fresh(database);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORTAL_DB_URL", db.url());
    env.put("PORTAL_DB_USER", db.user());
    env.put("PORTAL_DB_PASSWORD", db.password());
    env.put("PORTAL_OIDC_ISSUER", Keycloak.issuer());
    env.putAll(settings);
    for (int i = 0; i < count; i++) {
      nodes.add(PayaraNode.start("node-" + (char) ('a' + i), env));
    }
    CompletableFuture.allOf(
            nodes.stream()
                .map(node -> CompletableFuture.runAsync(node::awaitReady))
                .toArray(CompletableFuture[]::new))
        .join();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    nodes.forEach(PayaraNode::close);
    if (db != null) {
      db.close();
    }
  }

  /** Node {@code i}: 0 is "node-a", 1 "node-b", ... */
  public PayaraNode node(int i) {
    return nodes.get(i);
  }

  public PostgresDatabase database() {
    return db;
  }
}
