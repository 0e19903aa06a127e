package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.QueueBoard;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;

/** The queues as a supervisor sees them. */
@ApplicationScoped
public class Queues {

  /** A board is for people to read; past this a queue shows its first chats only. */
  static final int SHOWN_PER_QUEUE = 500;

  /** Every handler at the highest limit (10) on a large floor. */
  static final int SHOWN_HELD = 2000;

  @Inject PortalDatabase database;
  @Inject Handlers handlers;
  @Inject Routing routing;

  @Transactional
  public QueueBoard board() {
    OffsetDateTime now = routing.now();
    List<QueueBoard.Queue> queues =
        Arrays.stream(ChatQueue.values())
            .map(queue -> new QueueBoard.Queue(queue.name(), waiting(queue, now)))
            .toList();
    return new QueueBoard(queues, handlers.all(), held(now));
  }

  /** Chats with a handler, by handler, the longest held first. */
  private List<QueueBoard.Held> held(OffsetDateTime now) {
    return database
        .entityManager()
        .createQuery(
            "select c from Chat c where c.state = :assigned"
                + " order by c.handlerUsername, c.assignedAt, c.id",
            Chat.class)
        .setParameter("assigned", ChatState.ASSIGNED)
        .setMaxResults(SHOWN_HELD)
        .getResultStream()
        .map(chat -> held(chat, now))
        .toList();
  }

  private static QueueBoard.Held held(Chat chat, OffsetDateTime now) {
    ChatView.Summary summary = HandOverSummary.read(chat.summaryJson());
    return new QueueBoard.Held(
        chat.id(),
        chat.handlerUsername(),
        chat.queue().map(Enum::name).orElse(null),
        chat.priority().map(Enum::name).orElse(null),
        summary == null ? null : summary.category(),
        chat.assignedAt() == null
            ? 0
            : Math.max(0, Duration.between(chat.assignedAt(), now).toSeconds()));
  }

  private List<QueueBoard.Waiting> waiting(ChatQueue queue, OffsetDateTime now) {
    return database
        .entityManager()
        .createQuery(
            "select c from Chat c where c.state = :waiting and c.queue = :queue"
                + " order by c.priorityRank, c.queueOrder, c.id",
            Chat.class)
        .setParameter("waiting", ChatState.WAITING)
        .setParameter("queue", queue)
        .setMaxResults(SHOWN_PER_QUEUE)
        .getResultStream()
        .map(chat -> waiting(chat, now))
        .toList();
  }

  private static QueueBoard.Waiting waiting(Chat chat, OffsetDateTime now) {
    ChatView.Summary summary = HandOverSummary.read(chat.summaryJson());
    return new QueueBoard.Waiting(
        chat.id(),
        chat.priority().map(Enum::name).orElse(null),
        summary == null ? null : summary.category(),
        Math.max(0, Duration.between(chat.queuedAt(), now).toSeconds()),
        chat.passedOverBy());
  }
}
