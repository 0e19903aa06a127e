package uk.police.portal.api.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The system of record's database, chosen by {@code PORTAL_DB_URL} (H2 file by default). The schema
 * belongs to Flyway; when the database is not there at start-up we say so and keep retrying, so the
 * server never crash-loops and becomes ready by itself once the database answers.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/portal",
    className = "uk.police.portal.api.platform.control.JdbcUrlDataSource",
    url = "${MPCONFIG=portal.db.url}",
    user = "${MPCONFIG=portal.db.user}",
    password = "${MPCONFIG=portal.db.password}",
    minPoolSize = 0,
    maxPoolSize = 20)
@ApplicationScoped
public class PortalDatabase {

  private static final Logger LOG = Logger.getLogger(PortalDatabase.class.getName());
  private static final long RETRY_SECONDS = 10;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "portal.db.url")
  String url;

  private volatile boolean migrated;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    migrate();
  }

  private void migrate() {
    try {
      var result = SchemaMigration.apply(dataSource);
      migrated = true;
      LOG.info(
          () ->
              "Database ready at "
                  + url
                  + " (schema version "
                  + result.targetSchemaVersion
                  + ", "
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (RuntimeException e) {
      LOG.severe(
          () ->
              "Database not reachable at "
                  + url
                  + ": "
                  + rootMessage(e)
                  + ". Readiness is DOWN; retrying in "
                  + RETRY_SECONDS
                  + " s.");
      scheduler.schedule(this::migrate, RETRY_SECONDS, TimeUnit.SECONDS);
    }
  }

  /** Ready when the schema is in place and a connection answers now. */
  public boolean isReady() {
    if (!migrated) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  public String url() {
    return url;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
