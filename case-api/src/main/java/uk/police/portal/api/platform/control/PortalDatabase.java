package uk.police.portal.api.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The system of record's database, chosen by {@code PORTAL_DB_URL} (H2 file by default).
 *
 * <p>When the database is not there at start-up we say so and keep retrying, so the server never
 * crash-loops, answers 503 meanwhile and becomes ready by itself once the database answers. That is
 * why the persistence unit is not container-managed: Payara opens a container-managed unit while
 * deploying and fails the whole deployment without a database. The unit is created here on first
 * use instead, still joined to the container's JTA transactions.
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
  private static final String UNAVAILABLE =
      "The database is not answering. Please try again in a few minutes."
          + " Nothing you already saved has been lost.";

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "portal.db.url")
  String url;

  private volatile boolean migrated;
  private volatile EntityManagerFactory factory;

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
              "Database not ready at "
                  + url
                  + ": "
                  + rootMessage(e)
                  + ". Readiness is DOWN; retrying in "
                  + RETRY_SECONDS
                  + " s.");
      scheduler.schedule(this::migrate, RETRY_SECONDS, TimeUnit.SECONDS);
    }
  }

  /**
   * The entity manager of the current transaction, closed when it ends. Boundaries start the
   * transaction ({@code @Transactional}); outside one there is no database access.
   */
  public EntityManager entityManager() {
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException(
          "Database access needs a transaction: mark the boundary" + " method @Transactional.");
    }
    EntityManager current = (EntityManager) transactions.getResource(PortalDatabase.class);
    if (current == null) {
      current = factory().createEntityManager();
      current.joinTransaction();
      transactions.putResource(PortalDatabase.class, current);
      transactions.registerInterposedSynchronization(closing(current));
    }
    return current;
  }

  private EntityManagerFactory factory() {
    if (!migrated) {
      throw new DependencyUnavailableException("database", UNAVAILABLE);
    }
    if (factory == null) {
      synchronized (this) {
        if (factory == null) {
          factory =
              Persistence.createEntityManagerFactory(
                  "portal",
                  Map.of("eclipselink.persistencexml", "META-INF/portal-persistence.xml"));
        }
      }
    }
    return factory;
  }

  private static Synchronization closing(EntityManager em) {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (em.isOpen() && status != Status.STATUS_UNKNOWN) {
          em.close();
        }
      }
    };
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

  @PreDestroy
  void close() {
    if (factory != null) {
      factory.close();
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
