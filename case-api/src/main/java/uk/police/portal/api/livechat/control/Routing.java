package uk.police.portal.api.livechat.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.portal.api.livechat.entity.Availability;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.NewMessage;
import uk.police.portal.api.livechat.entity.QueuePlace;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.chatbot.livechat.control.RoutingPolicy;
import uk.police.portal.chatbot.livechat.control.WaitEstimate;
import uk.police.portal.chatbot.livechat.entity.Assignment;
import uk.police.portal.chatbot.livechat.entity.AvailableHandler;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;
import uk.police.portal.chatbot.livechat.entity.WaitingChat;

/**
 * Gives waiting chats to handlers and takes them back, each change in one short database
 * transaction with the handler's row locked before the chat's ({@link RowLocks}). The choice is
 * made on a snapshot read without locks ({@link RoutingPolicy}); the locked rows are checked again
 * before anything changes, because another node may have acted on the same snapshot. The V6 check
 * constraints stop a handler going over their limit or a chat having two handlers even if a caller
 * forgot a lock.
 */
@ApplicationScoped
public class Routing {

  static final String ENDED = "The chat has ended.";

  /** More than any node could assign in one go; only guards against a loop that never ends. */
  private static final int MOST_IN_ONE_RUN = 10_000;

  private static final Logger LOG = Logger.getLogger(Routing.class.getName());
  static final Jsonb JSON = JsonbBuilder.create();

  @Inject PortalDatabase database;
  @Inject RowLocks locks;
  @Inject Messages messages;
  @Inject ChatSignals signals;
  @Inject ChatViews views;
  @Inject QueueLoads loads;
  @Inject ChatSettings settings;
  @Inject Clock clock;
  @Inject Routing self;

  @Resource TransactionSynchronizationRegistry transactions;
  @Resource ManagedExecutorService executor;

  // Only spares this node from running many dispatch loops at once, which would just queue on
  // the same row locks; it guarantees nothing (other nodes dispatch too).
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  /**
   * Assigns waiting chats until none fits; safe to call from any node at any time. Inside a
   * transaction it runs once that transaction has committed (so it sees what was just handed over,
   * and takes no lock while the caller holds one); outside, before it returns, unless this node is
   * already dispatching, in which case that run goes round once more.
   */
  public void dispatch() {
    if (transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(afterCommit(this::dispatchSafely));
      return;
    }
    dispatchNow();
  }

  private void dispatchNow() {
    again.set(true);
    while (again.get() && running.compareAndSet(false, true)) {
      try {
        again.set(false);
        assignUntilNoneFits();
      } finally {
        running.set(false);
      }
    }
  }

  private void assignUntilNoneFits() {
    for (int made = 0; made < MOST_IN_ONE_RUN; made++) {
      boolean assigned;
      try {
        assigned = RowLocks.retrying("dispatch", self::assignNext);
      } catch (RowsChanged busy) {
        // Lost five races in a row: others are assigning; the sweep dispatches again shortly.
        return;
      } catch (RuntimeException e) {
        // Whoever asked for this dispatch has already committed their change; the sweep retries.
        LOG.log(Level.WARNING, "Dispatch stopped; the next sweep tries again", e);
        return;
      }
      if (!assigned) {
        return;
      }
    }
  }

  private void dispatchSafely() {
    try {
      executor.execute(
          () -> {
            try {
              dispatchNow();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Dispatch failed; the next sweep tries again", e);
            }
          });
    } catch (RejectedExecutionException shuttingDown) {
      LOG.fine("Dispatch not started: the server is stopping");
    }
  }

  /**
   * One assignment: the routing policy's choice on a snapshot, then the handler's row and the
   * chat's row locked in that order and checked again. False when nothing fits.
   */
  @Transactional
  public boolean assignNext() {
    Optional<Assignment> choice = RoutingPolicy.next(queueHeads(), handlersWithRoom());
    if (choice.isEmpty()) {
      return false;
    }
    ChatHandler handler = locks.handler(choice.get().handler().username());
    Chat chat = locks.chat(choice.get().chat().id());
    if (handler == null
        || !handler.hasRoom()
        || chat == null
        || chat.state() != ChatState.WAITING
        || !handler.hasSkill(chat.queue().orElseThrow())) {
      throw new RowsChanged();
    }
    OffsetDateTime now = now();
    chat.assignTo(handler, now, settings.answerWithin());
    messages.append(
        chat,
        NewMessage.system(
            MessageKind.JOINED, handler.firstName() + " has joined the chat.", false));
    signals.toHandler(handler.username(), "assigned", JSON.toJson(views.forStaff(chat)));
    return true;
  }

  /**
   * The first few chats of each queue in routing order. Only a queue's first chat can be chosen
   * (any handler who could take a later one could take the first), so this is all the policy needs
   * however long the queues grow. Read without locks, and detached so that the locked reads that
   * follow come fresh from the database.
   */
  private List<WaitingChat> queueHeads() {
    EntityManager em = database.entityManager();
    List<WaitingChat> heads = new ArrayList<>();
    for (ChatQueue queue : ChatQueue.values()) {
      List<Chat> first =
          em.createQuery(
                  "select c from Chat c where c.state = :waiting and c.queue = :queue"
                      + " order by c.priorityRank, c.queueOrder, c.id",
                  Chat.class)
              .setParameter("waiting", ChatState.WAITING)
              .setParameter("queue", queue)
              .setMaxResults(2)
              .getResultList();
      first.forEach(
          chat -> {
            heads.add(chat.asWaiting());
            em.detach(chat);
          });
    }
    return heads;
  }

  private List<AvailableHandler> handlersWithRoom() {
    EntityManager em = database.entityManager();
    List<ChatHandler> found =
        em.createQuery(
                "select h from ChatHandler h where h.availability = :available"
                    + " and h.activeChats < h.chatLimit",
                ChatHandler.class)
            .setParameter("available", Availability.AVAILABLE)
            .getResultList();
    List<AvailableHandler> handlers = found.stream().map(ChatHandler::asAvailable).toList();
    found.forEach(em::detach);
    return handlers;
  }

  /**
   * Ends a chat (by CITIZEN, HANDLER, SUPERVISOR or BOT), freeing its handler's slot in the same
   * transaction, and stores the ENDED message. Returns the ended chat. Call it outside a
   * transaction: it runs its own, retried when the chat changed hands meanwhile, and dispatches
   * once the slot is free.
   */
  public Chat end(String chatId, String endedBy) {
    Chat ended = RowLocks.retrying("end chat", () -> self.endOnce(chatId, endedBy));
    dispatch();
    return ended;
  }

  @Transactional
  public Chat endOnce(String chatId, String endedBy) {
    return endLocked(chatId, endedBy, chat -> true);
  }

  /**
   * Ends a chat whose citizen left by quick exit before {@code cutoff} and has not written since;
   * false when they came back meanwhile (or it had ended).
   */
  public boolean endAfterQuickExit(String chatId, OffsetDateTime cutoff) {
    Chat chat =
        RowLocks.retrying("quick-exit end", () -> self.endOnceAfterQuickExit(chatId, cutoff));
    boolean ended = chat != null;
    if (ended) {
      dispatch();
    }
    return ended;
  }

  @Transactional
  public Chat endOnceAfterQuickExit(String chatId, OffsetDateTime cutoff) {
    return endLocked(
        chatId,
        "SYSTEM",
        chat ->
            chat.state() != ChatState.ENDED
                && chat.quickExitAt() != null
                && chat.quickExitAt().isBefore(cutoff));
  }

  /** Null when {@code stillDue} no longer holds once the rows are locked. */
  private Chat endLocked(String chatId, String endedBy, Predicate<Chat> stillDue) {
    // Who holds it, read as a plain value so that the locked read below comes from the database.
    String holder = holderOf(chatId);
    ChatHandler handler = locks.handler(holder);
    Chat chat = locks.chat(chatId);
    if (chat == null) {
      throw new NotFoundException(ChatAccess.NOT_HERE);
    }
    if (!Objects.equals(chat.handlerUsername(), holder)) {
      throw new RowsChanged();
    }
    if (!stillDue.test(chat)) {
      return null;
    }
    if (chat.state() == ChatState.ENDED) {
      return chat;
    }
    chat.end(endedBy, handler, now());
    messages.append(chat, NewMessage.system(MessageKind.ENDED, ENDED, false));
    if (handler != null) {
      unassigned(holder, chatId, "ENDED");
    }
    return chat;
  }

  /** The username of the handler who has the chat now; null when none has it (or no chat). */
  public String holderOf(String chatId) {
    List<String> holder =
        database
            .entityManager()
            .createQuery("select c.handlerUsername from Chat c where c.id = :id", String.class)
            .setParameter("id", chatId)
            .getResultList();
    return holder.isEmpty() ? null : holder.get(0);
  }

  /** Place in the queue and estimated wait of a waiting chat; empty when it is not waiting. */
  @Transactional
  public Optional<QueuePlace> placeOf(Chat chat) {
    if (chat.state() != ChatState.WAITING || chat.queue().isEmpty()) {
      return Optional.empty();
    }
    WaitingChat me = chat.asWaiting();
    long ahead =
        database
            .entityManager()
            .createQuery(
                "select count(c) from Chat c where c.state = :waiting and c.queue = :queue and"
                    + " (c.priorityRank < :rank or (c.priorityRank = :rank and (c.queueOrder <"
                    + " :order or (c.queueOrder = :order and c.id < :id))))",
                Long.class)
            .setParameter("waiting", ChatState.WAITING)
            .setParameter("queue", me.queue())
            .setParameter("rank", me.priorityRank())
            .setParameter("order", chat.queueOrder())
            .setParameter("id", me.id())
            .getSingleResult();
    int position = (int) ahead + 1;
    WaitEstimate estimate = WaitEstimate.of(position, loads.of(me.queue()));
    return Optional.of(new QueuePlace(position, estimate.citizenSeconds()));
  }

  /**
   * A queue order earlier than every chat waiting in {@code queue}: a chat returned to the queue
   * goes to its head (behind higher priorities, which always come first).
   */
  public OffsetDateTime headOf(ChatQueue queue) {
    OffsetDateTime first =
        database
            .entityManager()
            .createQuery(
                "select min(c.queueOrder) from Chat c where c.state = :waiting and c.queue ="
                    + " :queue",
                OffsetDateTime.class)
            .setParameter("waiting", ChatState.WAITING)
            .setParameter("queue", queue)
            .getSingleResult();
    OffsetDateTime now = now();
    return first == null || first.isAfter(now) ? now : first.minusNanos(1_000_000);
  }

  /** Tells a handler's consoles that a chat is no longer theirs, and why. */
  public void unassigned(String username, String chatId, String reason) {
    signals.toHandler(
        username,
        "unassigned",
        Json.createObjectBuilder().add("chatId", chatId).add("reason", reason).build().toString());
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static Synchronization afterCommit(Runnable action) {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          action.run();
        }
      }
    };
  }
}
