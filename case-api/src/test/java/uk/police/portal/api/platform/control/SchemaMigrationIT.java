package uk.police.portal.api.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The migrations apply on both databases we run on: H2 (the default) and PostgreSQL (production).
 * {@code ./portal test} sets PORTAL_TEST_POSTGRES_URL wherever PostgreSQL is installed, as on CI.
 */
class SchemaMigrationIT {

  @Test
  void migrationsApplyOnH2AndCreateTheAuditLog() throws SQLException {
    JdbcUrlDataSource h2 = dataSource(h2Url(), "portal", "portal");

    var result = SchemaMigration.apply(h2);

    assertThat(result.success).isTrue();
    assertAuditLogAcceptsAnEntry(h2);
  }

  @Test
  void migrationsAreIdempotentOnH2() {
    JdbcUrlDataSource h2 = dataSource(h2Url(), "portal", "portal");
    SchemaMigration.apply(h2);

    var again = SchemaMigration.apply(h2);

    assertThat(again.migrationsExecuted).isZero();
  }

  @Test
  void migrationsApplyOnPostgreSql() throws SQLException {
    String url = System.getenv("PORTAL_TEST_POSTGRES_URL");
    assumeTrue(
        url != null, "PostgreSQL is not installed here; ./portal test sets this where it is");
    String user = System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "postgres");
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
    JdbcUrlDataSource admin = dataSource(url, user, "");
    execute(admin, "CREATE SCHEMA " + schema);
    try {
      JdbcUrlDataSource postgres = dataSource(url + "?currentSchema=" + schema, user, "");

      var result = SchemaMigration.apply(postgres);

      assertThat(result.success).isTrue();
      assertThat(result.migrationsExecuted).isPositive();
      assertAuditLogAcceptsAnEntry(postgres);
    } finally {
      execute(admin, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void assertAuditLogAcceptsAnEntry(JdbcUrlDataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO audit_entry (id, occurred_at, actor, actor_roles, action, subject_type,"
              + " subject_id, reason) VALUES (1, CURRENT_TIMESTAMP, 'sam', 'supervisor', 'READ',"
              + " 'case', 'ABC-123', 'test')");
      try (ResultSet rows = s.executeQuery("SELECT actor FROM audit_entry WHERE id = 1")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("sam");
      }
      s.executeUpdate("DELETE FROM audit_entry WHERE id = 1");
    }
  }

  private static String h2Url() {
    Path dir = Path.of(System.getProperty("portal.test.dir", "target"), "migration-h2");
    return "jdbc:h2:file:" + dir.resolve(UUID.randomUUID().toString()).toAbsolutePath();
  }

  private static JdbcUrlDataSource dataSource(String url, String user, String password) {
    JdbcUrlDataSource ds = new JdbcUrlDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  private static void execute(JdbcUrlDataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
