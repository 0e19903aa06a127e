package uk.police.portal.api.livechat.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.portal.api.livechat.control.ChatStreams.Audience;
import uk.police.portal.api.platform.control.PortalDatabase;

/**
 * Tells every node's open streams that something happened: on PostgreSQL through NOTIFY inside the
 * storing transaction (delivered on commit, to every node including this one), on H2 in process
 * after commit. A signal carries no message: streams read what is new from the database, so a lost
 * signal delays but never loses anything.
 */
@ApplicationScoped
public class ChatSignals {

  static final String CHANNEL = "portal_chat";
  private static final Logger LOG = Logger.getLogger(ChatSignals.class.getName());

  @Inject PortalDatabase database;
  @Inject ChatStreams streams;

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "portal.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "portal.db.user", defaultValue = "portal")
  String user;

  @Inject
  @ConfigProperty(name = "portal.db.password", defaultValue = "portal")
  String password;

  private final Signal.Assembly assembly = new Signal.Assembly();
  private volatile SignalListener listener;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (postgres()) {
      listener = new SignalListener(url, user, password, this::receive, streams::resync);
      Thread thread = threads.newThread(listener);
      thread.setName("portal-chat-listener");
      thread.setDaemon(true);
      thread.start();
    }
  }

  @PreDestroy
  void stop() {
    if (listener != null) {
      listener.stop();
    }
  }

  /** A message was stored; streams of the chat read it from the database. */
  public void messageStored(String chatId, int seq) {
    send(Signal.message(chatId, seq));
  }

  /** Not stored: typing, receipt, queue, to every stream of the chat. */
  public void transientEvent(String chatId, String eventName, String json) {
    transientEvent(chatId, Audience.ALL, eventName, json);
  }

  /** Not stored, and only for one side of the chat (typing goes to the other party). */
  public void transientEvent(String chatId, Audience audience, String eventName, String json) {
    send(Signal.transientEvent(chatId, audience, eventName, json));
  }

  /** To a handler's console streams: assigned, unassigned, handler. */
  public void toHandler(String username, String eventName, String json) {
    send(Signal.toHandler(username, eventName, json));
  }

  private void send(String payload) {
    boolean inTransaction =
        transactions.getTransactionKey() != null
            && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    if (postgres()) {
      List<String> parts = Signal.split(payload);
      if (inTransaction) {
        notifyInTransaction(parts);
      } else {
        notifyNow(parts);
      }
    } else if (inTransaction) {
      transactions.registerInterposedSynchronization(afterCommit(payload));
    } else {
      receive(payload);
    }
  }

  /** Delivered by PostgreSQL when (and only if) the storing transaction commits. */
  private void notifyInTransaction(List<String> parts) {
    for (String part : parts) {
      database
          .entityManager()
          .createNativeQuery("SELECT pg_notify(?, ?)")
          .setParameter(1, CHANNEL)
          .setParameter(2, part)
          .getSingleResult();
    }
  }

  private void notifyNow(List<String> parts) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
      for (String part : parts) {
        notify.setString(1, CHANNEL);
        notify.setString(2, part);
        notify.execute();
      }
    } catch (SQLException e) {
      // Typing and receipts are not stored; missing one is harmless.
      LOG.log(Level.WARNING, "Could not send a chat signal through PostgreSQL", e);
    }
  }

  private Synchronization afterCommit(String payload) {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          receive(payload);
        }
      }
    };
  }

  /** A signal from any node (or this one): hand it to the streams open here. */
  void receive(String payload) {
    try {
      assembly.accept(payload).ifPresent(whole -> Signal.deliver(whole, streams));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not hand a chat signal to the streams", e);
    }
  }

  private boolean postgres() {
    return url != null && url.startsWith("jdbc:postgresql:");
  }
}
