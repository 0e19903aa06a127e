package uk.police.portal.api.livechat.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One message of a chat, numbered in the order the chat saw it. Only ever inserted: what was said
 * stays said. A retried send with the same client id finds the message stored the first time.
 */
@Entity
@Cacheable(false)
@Table(name = "chat_message")
@IdClass(ChatMessage.Key.class)
@NamedQuery(
    name = ChatMessage.AFTER,
    query = "select m from ChatMessage m where m.chatId = :chat and m.seq > :after order by m.seq")
@NamedQuery(
    name = ChatMessage.BY_CLIENT_ID,
    query =
        "select m from ChatMessage m where m.chatId = :chat and m.sender = :sender"
            + " and m.clientId = :clientId")
public class ChatMessage {

  public static final String AFTER = "ChatMessage.after";
  public static final String BY_CLIENT_ID = "ChatMessage.byClientId";
  public static final int MAX_TEXT = 2000;

  @Id
  @Column(name = "chat_id")
  private String chatId;

  @Id private int seq;

  @Column(name = "client_id", updatable = false)
  private String clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Sender sender;

  @Column(name = "sender_name", updatable = false)
  private String senderName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MessageKind kind;

  @Column(name = "staff_only", nullable = false, updatable = false)
  private boolean staffOnly;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "bot_json", updatable = false)
  private String botJson;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private OffsetDateTime sentAt;

  protected ChatMessage() {}

  /** Numbers the message from the chat, which must be locked by the caller. */
  public ChatMessage(
      Chat chat,
      String clientId,
      Sender sender,
      String senderName,
      MessageKind kind,
      boolean staffOnly,
      String body,
      String botJson,
      OffsetDateTime sentAt) {
    this.chatId = chat.id();
    this.seq = chat.allocateSeq();
    this.clientId = clientId;
    this.sender = sender;
    this.senderName = senderName;
    this.kind = kind;
    this.staffOnly = staffOnly;
    this.body = body;
    this.botJson = botJson;
    this.sentAt = sentAt;
  }

  public boolean visibleToCitizen() {
    return !staffOnly;
  }

  public String chatId() {
    return chatId;
  }

  public int seq() {
    return seq;
  }

  public String clientId() {
    return clientId;
  }

  public Sender sender() {
    return sender;
  }

  public String senderName() {
    return senderName;
  }

  public MessageKind kind() {
    return kind;
  }

  public boolean staffOnly() {
    return staffOnly;
  }

  public String body() {
    return body;
  }

  public String botJson() {
    return botJson;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }

  /** The primary key: chat and sequence number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String chatId;
    private int seq;

    public Key() {}

    public Key(String chatId, int seq) {
      this.chatId = chatId;
      this.seq = seq;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.seq == seq && Objects.equals(key.chatId, chatId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(chatId, seq);
    }
  }
}
