package uk.police.portal.api.livechat.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.portal.api.livechat.entity.Availability;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.platform.control.DependencyUnavailableException;
import uk.police.portal.api.platform.control.PortalDatabase;

/**
 * Every few seconds on every node: handlers whose console is connected here count as seen; chats go
 * back to the queue from handlers gone quiet or away too long and from handlers who did not answer
 * in time; chats left by quick exit end after the hold; then waiting chats are dispatched. Nodes
 * sweep independently and may find the same work: every change is made under row locks and checked
 * again, so it happens once.
 */
@ApplicationScoped
public class ChatSweep {

  private static final Logger LOG = Logger.getLogger(ChatSweep.class.getName());

  @Inject PortalDatabase database;
  @Inject ChatSettings settings;
  @Inject ChatStreams streams;
  @Inject ChatReturns returns;
  @Inject Routing routing;
  @Inject ChatSweep self;

  @Resource ManagedScheduledExecutorService scheduler;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    long every = settings.sweepEvery().toMillis();
    scheduler.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
  }

  private void sweepSafely() {
    try {
      sweep();
    } catch (DependencyUnavailableException down) {
      LOG.fine(() -> "Chat sweep skipped: " + down.getMessage());
    } catch (RuntimeException e) {
      // The database may be down or busy; the next sweep tries again.
      LOG.log(Level.WARNING, "Chat sweep did not finish: " + e.getMessage(), e);
    }
  }

  /** One sweep; public so that a test can run one now. */
  public void sweep() {
    Set<String> connected = streams.connectedHandlers();
    if (!connected.isEmpty()) {
      RowLocks.retrying("handlers seen", () -> self.seen(connected));
    }
    Due due = self.due(routing.now());
    each(due.disconnected(), u -> returns.disconnected(u, due.quietSince()));
    each(due.awayTooLong(), u -> returns.awayTooLong(u, due.awaySince()));
    each(due.unanswered(), returns::notAnswered);
    each(due.quickExits(), id -> routing.endAfterQuickExit(id, due.quickExitBefore()));
    routing.dispatch();
  }

  /** Each item in its own retried transaction; one that fails does not hold up the rest. */
  private static void each(List<String> items, Function<String, ?> transaction) {
    for (String item : items) {
      try {
        RowLocks.retrying("chat sweep", () -> transaction.apply(item));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Chat sweep: " + item + " left for the next sweep", e);
      }
    }
  }

  /**
   * Marks handlers seen in one statement. A handler's console is on one node, so two nodes rarely
   * touch the same rows here; if they ever deadlock, one is retried.
   */
  @Transactional
  public int seen(Set<String> usernames) {
    return database
        .entityManager()
        .createQuery("update ChatHandler h set h.lastSeenAt = :now where h.username in :names")
        .setParameter("now", routing.now())
        .setParameter("names", List.copyOf(usernames))
        .executeUpdate();
  }

  /** What is due now, read without locks: each return checks again under its own. */
  @Transactional
  public Due due(OffsetDateTime now) {
    EntityManager em = database.entityManager();
    OffsetDateTime quietSince = now.minus(settings.disconnectGrace());
    OffsetDateTime awaySince = now.minus(settings.awayGrace());
    OffsetDateTime quickExitBefore = now.minus(settings.quickExitHold());
    List<String> disconnected =
        em.createQuery(
                "select h.username from ChatHandler h where h.lastSeenAt < :since and"
                    + " (h.availability <> :away or h.activeChats > 0) order by h.username",
                String.class)
            .setParameter("since", quietSince)
            .setParameter("away", Availability.AWAY)
            .getResultList();
    List<String> away =
        em.createQuery(
                "select h.username from ChatHandler h where h.availability = :away and"
                    + " h.availabilitySince < :since and h.activeChats > 0 order by h.username",
                String.class)
            .setParameter("away", Availability.AWAY)
            .setParameter("since", awaySince)
            .getResultList();
    List<String> unanswered =
        em.createQuery(
                "select c.id from Chat c where c.state = :assigned and c.answerDueAt < :now",
                String.class)
            .setParameter("assigned", ChatState.ASSIGNED)
            .setParameter("now", now)
            .getResultList();
    List<String> quickExits =
        em.createQuery(
                "select c.id from Chat c where c.state <> :ended and c.quickExitAt < :before",
                String.class)
            .setParameter("ended", ChatState.ENDED)
            .setParameter("before", quickExitBefore)
            .getResultList();
    return new Due(
        quietSince, awaySince, quickExitBefore, disconnected, away, unanswered, quickExits);
  }

  /** The work one sweep found, and the cut-offs it was found with. */
  public record Due(
      OffsetDateTime quietSince,
      OffsetDateTime awaySince,
      OffsetDateTime quickExitBefore,
      List<String> disconnected,
      List<String> awayTooLong,
      List<String> unanswered,
      List<String> quickExits) {}
}
