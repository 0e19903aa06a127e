package uk.police.portal.api.livechat.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One LISTEN connection per node, on its own thread and outside the pool. When the connection drops
 * it reconnects with a growing pause, and then asks every stream here to read again, since signals
 * sent meanwhile are gone.
 */
final class SignalListener implements Runnable {

  private static final Logger LOG = Logger.getLogger(SignalListener.class.getName());
  private static final int WAIT_MILLIS = 5_000;
  private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

  private final PGSimpleDataSource source = new PGSimpleDataSource();
  private final Consumer<String> receiver;
  private final Runnable resync;
  private volatile boolean running = true;
  private volatile Connection connection;

  SignalListener(
      String url, String user, String password, Consumer<String> receiver, Runnable resync) {
    source.setURL(url);
    source.setUser(user);
    source.setPassword(password);
    source.setConnectTimeout(5);
    // A peer that vanished without closing the socket shows up here rather than never.
    source.setSocketTimeout((int) CHECK_EVERY.toSeconds() * 2);
    source.setApplicationName("portal-chat-listener");
    this.receiver = receiver;
    this.resync = resync;
  }

  @Override
  public void run() {
    Duration pause = Duration.ofMillis(500);
    boolean first = true;
    while (running) {
      try (Connection listening = source.getConnection()) {
        connection = listening;
        try (Statement listen = listening.createStatement()) {
          listen.execute("LISTEN " + ChatSignals.CHANNEL);
        }
        if (!first) {
          LOG.info("Chat signals: listening again; every stream on this node reads again");
          resync.run();
        }
        first = false;
        pause = Duration.ofMillis(500);
        listen(listening);
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.log(
              Level.WARNING,
              "Chat signals: the database connection for LISTEN failed; retrying in "
                  + pause.toMillis()
                  + " ms",
              e);
          sleep(pause);
          pause =
              pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
                  ? LONGEST_PAUSE
                  : pause.multipliedBy(2);
        }
      }
    }
  }

  private void listen(Connection listening) throws SQLException {
    PGConnection postgres = listening.unwrap(PGConnection.class);
    long lastCheck = System.nanoTime();
    while (running) {
      PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
      if (notifications != null) {
        for (PGNotification notification : notifications) {
          receiver.accept(notification.getParameter());
        }
      }
      if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
        try (Statement check = listening.createStatement()) {
          check.execute("SELECT 1");
        }
        lastCheck = System.nanoTime();
      }
    }
  }

  void stop() {
    running = false;
    Connection current = connection;
    if (current != null) {
      try {
        current.close();
      } catch (SQLException ignored) {
        // stopping anyway
      }
    }
  }

  private void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
