package uk.police.portal.api.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database of a test's own, created fresh on the server that {@code ./portal test}
 * names (PORTAL_TEST_POSTGRES_URL, or {@code -Dportal.it.db.url} when that is a PostgreSQL URL),
 * and plain JDBC to look at what the application left in it.
 */
public final class PostgresDatabase implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

  private final String url;
  private final String user;
  private final String password;
  private Connection connection;

  private PostgresDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /**
   * The server's base ({@code jdbc:postgresql://host:port}), user and password, when there is one.
   */
  record Server(String base, String user, String password) {}

  /** Why PostgreSQL tests cannot run here, or empty when they can. */
  public static Optional<String> absence() {
    return server().isPresent()
        ? Optional.empty()
        : Optional.of(
            "PostgreSQL is not available: set PORTAL_TEST_POSTGRES_URL (./portal test does wherever"
                + " PostgreSQL is installed, as on CI) or -Dportal.it.db.url=jdbc:postgresql://...");
  }

  /** Drops {@code name} if a previous run left it and creates it empty. */
  public static PostgresDatabase fresh(String name) {
    Server server = server().orElseThrow(() -> new IllegalStateException(absence().get()));
    try (Connection admin =
            DriverManager.getConnection(
                server.base() + "/postgres", server.user(), server.password());
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the database " + name, e);
    }
    return new PostgresDatabase(server.base() + "/" + name, server.user(), server.password());
  }

  private static Optional<Server> server() {
    String property = System.getProperty("portal.it.db.url", "");
    if (property.startsWith("jdbc:postgresql:")) {
      return parse(
          property,
          System.getProperty("portal.it.db.user", "postgres"),
          System.getProperty("portal.it.db.password", ""));
    }
    String env = System.getenv("PORTAL_TEST_POSTGRES_URL");
    if (env == null || env.isBlank()) {
      return Optional.empty();
    }
    return parse(
        env,
        System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "postgres"),
        System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_PASSWORD", ""));
  }

  private static Optional<Server> parse(String url, String user, String password) {
    Matcher matcher = URL.matcher(url);
    return matcher.matches()
        ? Optional.of(new Server(matcher.group(1), user, password))
        : Optional.empty();
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** One row of a query, read by position. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  public synchronized <T> List<T> query(String sql, Row<T> row, Object... parameters) {
    try (PreparedStatement statement = connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(row.read(result));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The same database through a connection of its own, for another thread. */
  public PostgresDatabase another() {
    return new PostgresDatabase(url, user, password);
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing anyway
      }
      connection = null;
    }
  }

  /** The single number a query such as {@code SELECT count(*) ...} answers. */
  public long number(String sql, Object... parameters) {
    return query(sql, rows -> rows.getLong(1), parameters).get(0);
  }

  private Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = DriverManager.getConnection(url, user, password);
    }
    return connection;
  }
}
