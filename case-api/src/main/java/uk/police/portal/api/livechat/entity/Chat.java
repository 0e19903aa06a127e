package uk.police.portal.api.livechat.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;
import uk.police.portal.chatbot.livechat.entity.WaitingChat;
import uk.police.portal.chatbot.triage.entity.Priority;

/**
 * One citizen's chat from the bot's greeting to its end. The chat guards its own life (a chat is
 * assigned only while waiting, to one handler, and keeps that handler's count in step) and hands
 * out the sequence numbers of its messages. Change it only with its row locked, the handler's row
 * first when a handler is involved.
 */
@Entity
@Cacheable(false)
@Table(name = "chat")
public class Chat {

  public static final int TRANSCRIPT_EMAILS = 3;

  @Id private String id;

  @Column(name = "token_sha256", nullable = false, updatable = false)
  private String tokenSha256;

  @Column(name = "citizen_subject", updatable = false)
  private String citizenSubject;

  @Column(name = "citizen_name", updatable = false)
  private String citizenName;

  @Column(nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChatState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "queue_name")
  private ChatQueue queue;

  @Column(name = "priority_rank")
  private Integer priorityRank;

  @Column(name = "queued_at")
  private OffsetDateTime queuedAt;

  @Column(name = "queue_order")
  private OffsetDateTime queueOrder;

  @Column(name = "handler_username")
  private String handlerUsername;

  @Column(name = "handled_by")
  private String handledBy;

  @Column(name = "assigned_at")
  private OffsetDateTime assignedAt;

  @Column(name = "answer_due_at")
  private OffsetDateTime answerDueAt;

  @Column(name = "passed_over_by")
  private String passedOverBy;

  @Column(name = "summary_json")
  private String summaryJson;

  @Column(name = "next_seq", nullable = false)
  private int nextSeq;

  @Column(name = "citizen_received_seq", nullable = false)
  private int citizenReceivedSeq;

  @Column(name = "handler_received_seq", nullable = false)
  private int handlerReceivedSeq;

  @Column(name = "transcript_emails", nullable = false)
  private int transcriptEmails;

  @Column(name = "quick_exit_at")
  private OffsetDateTime quickExitAt;

  @Column(name = "case_reference")
  private String caseReference;

  @Column(name = "referral")
  private String referral;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  protected Chat() {}

  /** A new chat with the bot; {@code citizenSubject} is null when nobody is signed in. */
  public static Chat start(
      String tokenSha256,
      String citizenSubject,
      String citizenName,
      String language,
      OffsetDateTime now) {
    Chat chat = new Chat();
    chat.id = UUID.randomUUID().toString();
    chat.tokenSha256 = Objects.requireNonNull(tokenSha256);
    chat.citizenSubject = citizenSubject;
    chat.citizenName = citizenName;
    chat.language = language;
    chat.state = ChatState.BOT;
    chat.nextSeq = 1;
    chat.startedAt = now;
    return chat;
  }

  /** The sequence number for the next message; call with this row locked. */
  public int allocateSeq() {
    return nextSeq++;
  }

  /** The last sequence number handed out (0 before the first message). */
  public int lastSeq() {
    return nextSeq - 1;
  }

  /** The bot has finished and a person is needed: into the queue, behind earlier chats. */
  public void handOver(
      String summaryJson, ChatQueue queue, Priority priority, String language, OffsetDateTime now) {
    requireState(ChatState.BOT, "This chat has already been passed to a person.");
    this.summaryJson = summaryJson;
    this.queue = queue;
    this.priorityRank = priority.ordinal();
    this.language = language == null ? this.language : language;
    this.queuedAt = now;
    this.queueOrder = now;
    this.state = ChatState.WAITING;
  }

  /** Routes a waiting chat to a handler; both rows locked (handler first). */
  public void assignTo(ChatHandler handler, OffsetDateTime now, Duration answerWithin) {
    requireState(ChatState.WAITING, "This chat is not waiting for a handler.");
    handler.take(now);
    state = ChatState.ASSIGNED;
    handlerUsername = handler.username();
    handledBy = handler.username();
    assignedAt = now;
    answerDueAt = now.plus(answerWithin);
  }

  /**
   * Back to the queue, at its head: {@code headOrder} is earlier than every waiting chat. The
   * handler (locked first) loses the chat; {@code passedOver} marks that they did not answer it.
   */
  public void returnToQueue(ChatHandler handler, OffsetDateTime headOrder, boolean passedOver) {
    requireAssignedTo(handler);
    handler.release();
    if (passedOver) {
      passedOverBy = handler.username();
    }
    unassign();
    queueOrder = headOrder;
  }

  /** Moves a chat to another queue, at its head; {@code handler} is its current one or null. */
  public void moveToQueue(ChatQueue to, ChatHandler handler, OffsetDateTime headOrder) {
    if (state == ChatState.ENDED || state == ChatState.BOT) {
      throw new ConflictException("Only a chat waiting for or with a handler can be moved.");
    }
    if (state == ChatState.ASSIGNED) {
      requireAssignedTo(handler);
      handler.release();
      unassign();
    }
    queue = to;
    queueOrder = headOrder;
  }

  /**
   * A handler hands the chat on to a queue: like {@link #moveToQueue}, and routing offers it to
   * someone else before them.
   */
  public void passOn(ChatQueue to, ChatHandler handler, OffsetDateTime headOrder) {
    boolean theirs = handler != null && isAssignedTo(handler.username());
    moveToQueue(to, handler, headOrder);
    if (theirs) {
      passedOverBy = handler.username();
    }
  }

  /** The router's view of a waiting chat. */
  public WaitingChat asWaiting() {
    requireState(ChatState.WAITING, "This chat is not waiting for a handler.");
    return new WaitingChat(id, queue, priorityRank, queueOrder.toInstant(), passedOverBy);
  }

  /** Gives an assigned or waiting chat straight to a colleague (rows locked, handlers first). */
  public void transferTo(
      ChatHandler colleague, ChatHandler current, OffsetDateTime now, Duration answerWithin) {
    if (state == ChatState.ASSIGNED) {
      if (colleague.username().equals(handlerUsername)) {
        throw new ConflictException("This chat is already with " + colleague.firstName() + ".");
      }
      requireAssignedTo(current);
      current.release();
      unassign();
    }
    passedOverBy = null;
    assignTo(colleague, now, answerWithin);
  }

  /** Ends the chat; {@code handler} is its handler (row locked) or null when none has it. */
  public void end(String by, ChatHandler handler, OffsetDateTime now) {
    if (state == ChatState.ENDED) {
      return;
    }
    if (state == ChatState.ASSIGNED) {
      requireAssignedTo(handler);
      handler.release();
      handlerUsername = null;
    }
    state = ChatState.ENDED;
    endedAt = now;
    endedBy = by;
    answerDueAt = null;
  }

  /** The handler wrote to the citizen: the chat counts as answered. */
  public void handlerAnswered() {
    answerDueAt = null;
  }

  /** The citizen wrote: back from a quick exit, if they had left. */
  public void citizenSpoke() {
    quickExitAt = null;
  }

  public void recordQuickExit(OffsetDateTime now) {
    quickExitAt = now;
  }

  /** Delivery ticks: a party has received everything up to {@code seq}; never goes backwards. */
  public boolean received(Sender party, int seq) {
    int upTo = Math.min(seq, lastSeq());
    if (party == Sender.CITIZEN && upTo > citizenReceivedSeq) {
      citizenReceivedSeq = upTo;
      return true;
    }
    if (party == Sender.HANDLER && upTo > handlerReceivedSeq) {
      handlerReceivedSeq = upTo;
      return true;
    }
    return false;
  }

  public void recordCase(String reference) {
    if (caseReference != null) {
      throw new ConflictException("A case was already created from this chat: " + caseReference);
    }
    caseReference = reference;
  }

  public void recordReferral(String code) {
    referral = code;
  }

  /** Counts a transcript sent by email; refuses past the limit so the chat cannot spam anyone. */
  public boolean mayEmailTranscript() {
    if (transcriptEmails >= TRANSCRIPT_EMAILS) {
      return false;
    }
    transcriptEmails++;
    return true;
  }

  public boolean isAssignedTo(String username) {
    return state == ChatState.ASSIGNED && username != null && username.equals(handlerUsername);
  }

  public boolean startedSignedIn() {
    return citizenSubject != null;
  }

  private void unassign() {
    state = ChatState.WAITING;
    handlerUsername = null;
    assignedAt = null;
    answerDueAt = null;
  }

  private void requireAssignedTo(ChatHandler handler) {
    if (handler == null || !isAssignedTo(handler.username())) {
      throw new ConflictException("This chat is not with that handler any more.");
    }
  }

  private void requireState(ChatState expected, String otherwise) {
    if (state != expected) {
      throw new ConflictException(otherwise);
    }
  }

  public String id() {
    return id;
  }

  public String tokenSha256() {
    return tokenSha256;
  }

  public String citizenSubject() {
    return citizenSubject;
  }

  public String citizenName() {
    return citizenName;
  }

  public String language() {
    return language;
  }

  public ChatState state() {
    return state;
  }

  public Optional<ChatQueue> queue() {
    return Optional.ofNullable(queue);
  }

  public Optional<Priority> priority() {
    return Optional.ofNullable(priorityRank).map(rank -> Priority.values()[rank]);
  }

  public OffsetDateTime queuedAt() {
    return queuedAt;
  }

  public OffsetDateTime queueOrder() {
    return queueOrder;
  }

  public String handlerUsername() {
    return handlerUsername;
  }

  public String handledBy() {
    return handledBy;
  }

  public OffsetDateTime assignedAt() {
    return assignedAt;
  }

  public OffsetDateTime answerDueAt() {
    return answerDueAt;
  }

  public String passedOverBy() {
    return passedOverBy;
  }

  public String summaryJson() {
    return summaryJson;
  }

  public int citizenReceivedSeq() {
    return citizenReceivedSeq;
  }

  public int handlerReceivedSeq() {
    return handlerReceivedSeq;
  }

  public OffsetDateTime quickExitAt() {
    return quickExitAt;
  }

  public String caseReference() {
    return caseReference;
  }

  public String referral() {
    return referral;
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public OffsetDateTime endedAt() {
    return endedAt;
  }

  public String endedBy() {
    return endedBy;
  }
}
