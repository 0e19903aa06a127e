package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.platform.control.PortalDatabase;

/**
 * The row locks every change to who has a chat takes ({@code SELECT ... FOR UPDATE}), always in one
 * order: handler rows first (by username when there are several), then the chat. With one order two
 * transactions cannot wait on each other in a circle, whichever node they run on. A transaction
 * that loses a race anyway (a deadlock, a lock timeout, a check constraint, or rows that changed
 * between reading and locking) is rolled back and run again from the start, by {@link #retrying}
 * outside it.
 */
@ApplicationScoped
public class RowLocks {

  static final int ATTEMPTS = 5;

  private static final Logger LOG = Logger.getLogger(RowLocks.class.getName());

  /**
   * Serialization failure, deadlock (PostgreSQL 40P01, H2 40001), lock not available or lock
   * timeout (PostgreSQL 55P03, H2 HYT00), and a unique or check constraint that another transaction
   * made us break (23505, 23514): all mean "someone else got there first".
   */
  private static final Set<String> LOST_A_RACE =
      Set.of("40001", "40P01", "55P03", "HYT00", "23505", "23514");

  @Inject PortalDatabase database;

  /** The handler's row, locked; null when there is none. Lock handlers before the chat. */
  public ChatHandler handler(String username) {
    return username == null
        ? null
        : em().find(ChatHandler.class, username, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Several handlers' rows, locked in username order. */
  public List<ChatHandler> handlers(List<String> usernames) {
    return usernames.stream().distinct().sorted().map(this::handler).toList();
  }

  /** The chat's row, locked; null when there is none. Lock it after its handlers. */
  public Chat chat(String id) {
    return em().find(Chat.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  private EntityManager em() {
    return database.entityManager();
  }

  /**
   * Runs a transaction (a call through a {@code @Transactional} proxy) and runs it again, up to
   * five times in all, when it lost a race. Call it outside any transaction.
   */
  public static <T> T retrying(String what, Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (!lostARace(e) || attempt >= ATTEMPTS) {
          throw e;
        }
        int tried = attempt;
        LOG.log(Level.FINE, e, () -> what + ": lost a race on attempt " + tried + ", again");
      }
    }
  }

  static boolean lostARace(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RowsChanged
          || t instanceof PessimisticLockException
          || t instanceof LockTimeoutException) {
        return true;
      }
      if (t instanceof SQLException sql && LOST_A_RACE.contains(sql.getSQLState())) {
        if ("23514".equals(sql.getSQLState())) {
          // The database's own check caught what the locks should have: say so loudly.
          LOG.warning(() -> "A live-chat check constraint refused a change: " + sql.getMessage());
        }
        return true;
      }
    }
    return false;
  }
}
