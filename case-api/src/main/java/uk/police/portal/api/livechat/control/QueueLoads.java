package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.police.portal.api.livechat.entity.Availability;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;
import uk.police.portal.chatbot.livechat.entity.QueueLoad;

/**
 * How busy each queue is, for wait estimates. Every waiting citizen's place is recomputed on every
 * sweep, so the figures are kept for a few seconds per node: an estimate a few seconds old is as
 * good as a fresh one, and thousands of waiting chats cost a handful of queries, not thousands.
 */
@ApplicationScoped
public class QueueLoads {

  static final Duration KEPT = Duration.ofSeconds(5);
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int HANDLING_SAMPLE = 200;

  @Inject PortalDatabase database;
  @Inject Clock clock;

  private final Map<ChatQueue, Known> known = new ConcurrentHashMap<>();

  private record Known(QueueLoad load, Instant at) {}

  /** Call inside a transaction. */
  public QueueLoad of(ChatQueue queue) {
    Instant now = clock.instant();
    Known kept = known.get(queue);
    if (kept != null && kept.at().plus(KEPT).isAfter(now)) {
      return kept.load();
    }
    QueueLoad load = measure(queue, OffsetDateTime.now(clock));
    known.put(queue, new Known(load, now));
    return load;
  }

  private QueueLoad measure(ChatQueue queue, OffsetDateTime now) {
    EntityManager em = database.entityManager();
    List<ChatHandler> available =
        em
            .createQuery("select h from ChatHandler h where h.availability = :a", ChatHandler.class)
            .setParameter("a", Availability.AVAILABLE)
            .getResultList()
            .stream()
            .filter(h -> h.hasSkill(queue))
            .toList();
    int slots = available.stream().mapToInt(ChatHandler::chatLimit).sum();
    int free = available.stream().mapToInt(h -> Math.max(0, h.chatLimit() - h.activeChats())).sum();
    OffsetDateTime since = now.minus(WINDOW);
    long assigned =
        em.createQuery(
                "select count(c) from Chat c where c.queue = :q and c.assignedAt >= :since",
                Long.class)
            .setParameter("q", queue)
            .setParameter("since", since)
            .getSingleResult();
    return new QueueLoad(free, slots, (int) assigned, WINDOW, averageHandling(em, queue, since));
  }

  /** How long the chats of this queue that ended lately stayed with their handler; null if none. */
  private static Duration averageHandling(EntityManager em, ChatQueue queue, OffsetDateTime since) {
    List<Object[]> spans =
        em.createQuery(
                "select c.assignedAt, c.endedAt from Chat c where c.queue = :q and c.state ="
                    + " :ended and c.endedAt >= :since and c.assignedAt is not null",
                Object[].class)
            .setParameter("q", queue)
            .setParameter("ended", ChatState.ENDED)
            .setParameter("since", since)
            .setMaxResults(HANDLING_SAMPLE)
            .getResultList();
    if (spans.isEmpty()) {
      return null;
    }
    long totalSeconds =
        spans.stream()
            .mapToLong(
                span ->
                    Duration.between((OffsetDateTime) span[0], (OffsetDateTime) span[1])
                        .toSeconds())
            .sum();
    return Duration.ofSeconds(Math.max(1, totalSeconds / spans.size()));
  }
}
