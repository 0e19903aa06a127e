package uk.police.portal.api.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Chooses the JDBC driver from {@code PORTAL_DB_URL}, so that one setting switches the database.
 * {@code @DataSourceDefinition} needs a fixed class name; Payara pools the connections on top.
 */
public class JdbcUrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private volatile DataSource vendor;

  // Payara resolves ${MPCONFIG=...} in @DataSourceDefinition from the environment and system
  // properties only (not the WAR's own config file), so the defaults for a local run live here.
  static final String DEFAULT_URL = "jdbc:h2:file:./portal-data/h2/portal";
  static final String DEFAULT_CREDENTIAL = "portal";

  public void setUrl(String url) {
    this.url = orDefault(url, DEFAULT_URL);
  }

  public void setUser(String user) {
    this.user = orDefault(user, DEFAULT_CREDENTIAL);
  }

  public void setPassword(String password) {
    this.password = orDefault(password, DEFAULT_CREDENTIAL);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
  }

  private DataSource vendor() {
    if (vendor == null) {
      vendor = create();
    }
    return vendor;
  }

  private DataSource create() {
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      postgres.setUser(user);
      postgres.setPassword(password);
      postgres.setConnectTimeout(5);
      return postgres;
    }
    if (url != null && url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    throw new IllegalStateException(
        "PORTAL_DB_URL must start with jdbc:postgresql: or jdbc:h2: but is " + url);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return vendor().getConnection();
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    return vendor().getConnection(username, secret);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return vendor().getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    vendor().setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    vendor().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return vendor().getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return vendor().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || vendor().isWrapperFor(type);
  }
}
