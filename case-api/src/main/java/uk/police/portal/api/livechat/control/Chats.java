package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.police.portal.api.audit.control.AuditLog;
import uk.police.portal.api.livechat.control.ChatAccess.Party;
import uk.police.portal.api.livechat.control.ChatStreams.Audience;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.livechat.entity.ChatMessage;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.ChatSurvey;
import uk.police.portal.api.livechat.entity.ChatToken;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.MessageView;
import uk.police.portal.api.livechat.entity.NewMessage;
import uk.police.portal.api.livechat.entity.Sender;
import uk.police.portal.api.livechat.entity.StartedChat;
import uk.police.portal.api.livechat.entity.SurveyAnswers;
import uk.police.portal.api.livechat.entity.TypedMessage;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.platform.entity.InvalidRequestException;

/**
 * What the citizen and the handler do in a chat, each in one transaction with the chat's row locked
 * where it changes. Routing's work (dispatch, ending) is left to the caller, after commit.
 */
@ApplicationScoped
public class Chats {

  static final String AUDIT_SUBJECT = "chat";
  private static final String AUDIT_REASON = "live chat";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_EMAIL = 254;

  @Inject PortalDatabase database;
  @Inject Messages messages;
  @Inject BotTurns bot;
  @Inject ChatViews views;
  @Inject ChatSignals signals;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<Transcripts.TranscriptEmail> transcripts;

  /** A message stored (or found stored), and what routing should do once it is committed. */
  public record Sent(MessageView message, boolean stored, BotTurns.Next next) {}

  /** Where a stream attaches: who is reading, and the handler it follows the chat for. */
  public record StreamTarget(Audience party, String handler) {}

  @Transactional
  public StartedChat start(String language, ChatAccess access) {
    access.requireMayStart();
    ChatToken token = ChatToken.random();
    Chat chat =
        Chat.start(
            token.sha256(),
            access.citizenSubject(),
            access.citizenName(),
            language(language),
            now());
    em().persist(chat);
    // The greeting refers to the chat's row: insert the row first.
    em().flush();
    bot.greet(chat);
    return new StartedChat(chat.id(), token.value(), views.forCitizen(chat));
  }

  @Transactional
  public ChatView view(String chatId, ChatAccess access) {
    Chat chat = messages.find(chatId);
    Party party = access.reader(chat);
    if (party == Party.CITIZEN) {
      return views.forCitizen(chat);
    }
    audited(access, "READ_CHAT", chatId);
    return views.forStaff(chat);
  }

  @Transactional
  public List<MessageView> messagesAfter(String chatId, int after, ChatAccess access) {
    Chat chat = messages.find(chatId);
    Party party = access.reader(chat);
    audited(access, "READ_CHAT_MESSAGES", chatId);
    return messages.after(chatId, Math.max(0, after)).stream()
        .filter(m -> party != Party.CITIZEN || m.visibleToCitizen())
        .map(MessageView::of)
        .toList();
  }

  @Transactional
  public StreamTarget streamTarget(String chatId, ChatAccess access) {
    Chat chat = messages.find(chatId);
    Party party = access.reader(chat);
    audited(access, "OPEN_CHAT_STREAM", chatId);
    return switch (party) {
      case CITIZEN -> new StreamTarget(Audience.CITIZEN, null);
      case HANDLER -> new StreamTarget(Audience.STAFF, access.username());
      case SUPERVISOR -> new StreamTarget(Audience.STAFF, null);
    };
  }

  /**
   * Stores what the citizen or the handler wrote, unless this client id was stored already; in the
   * bot's part of the chat the bot's answer is stored right after it.
   */
  @Transactional
  public Sent send(String chatId, TypedMessage typed, ChatAccess access) {
    Chat chat = messages.lock(chatId);
    Party party = access.writer(chat);
    if (typed == null) {
      throw new InvalidRequestException(
          "Send JSON with \"clientId\" (your id for the message) and \"text\".");
    }
    TypedMessage message = typed.checked();
    Sender sender = party == Party.CITIZEN ? Sender.CITIZEN : Sender.HANDLER;
    var already = messages.stored(chat, sender, message.clientId());
    if (already.isPresent()) {
      return new Sent(MessageView.of(already.get()), false, BotTurns.Next.NOTHING);
    }
    requireOpen(chat);
    String name = sender == Sender.HANDLER ? handlerName(access.username()) : chat.citizenName();
    ChatMessage stored =
        messages.append(
            chat,
            new NewMessage(
                message.clientId(), sender, name, MessageKind.TEXT, false, message.text(), null));
    BotTurns.Next next = BotTurns.Next.NOTHING;
    if (sender == Sender.CITIZEN) {
      chat.citizenSpoke();
      if (chat.state() == ChatState.BOT) {
        next = bot.answer(chat);
      }
    } else {
      chat.handlerAnswered();
    }
    return new Sent(MessageView.of(stored), true, next);
  }

  /** "Typing…" to the other side; nothing is stored. */
  @Transactional
  public void typing(String chatId, ChatAccess access) {
    Chat chat = messages.find(chatId);
    Party party = access.writer(chat);
    if (chat.state() == ChatState.ENDED) {
      return;
    }
    JsonObjectBuilder event = Json.createObjectBuilder().add("party", sender(party).name());
    String name = party == Party.HANDLER ? handlerName(access.username()) : chat.citizenName();
    if (name != null) {
      event.add("name", name);
    }
    signals.transientEvent(chatId, otherSide(party), "typing", event.build().toString());
  }

  /** Delivery ticks: the caller has everything up to {@code seq}; the other side is told. */
  @Transactional
  public void received(String chatId, Integer seq, ChatAccess access) {
    Chat chat = messages.lock(chatId);
    Party party = access.writer(chat);
    if (seq == null || seq < 0) {
      throw new InvalidRequestException(
          "Send JSON with \"seq\": the number of the last message received, 0 or more.");
    }
    if (chat.received(sender(party), seq)) {
      int upTo = party == Party.CITIZEN ? chat.citizenReceivedSeq() : chat.handlerReceivedSeq();
      String receipt =
          Json.createObjectBuilder()
              .add("party", sender(party).name())
              .add("seq", upTo)
              .build()
              .toString();
      signals.transientEvent(chatId, otherSide(party), "receipt", receipt);
    }
  }

  /**
   * The citizen left in a hurry: the handler is told (never the citizen's screen, which may be seen
   * by the wrong person), and the chat stays open for a while in case they come back.
   */
  @Transactional
  public void quickExit(String chatId, ChatAccess access) {
    Chat chat = messages.lock(chatId);
    access.requireCitizen(chat);
    if (chat.state() == ChatState.ENDED) {
      return;
    }
    chat.recordQuickExit(now());
    messages.append(
        chat,
        NewMessage.system(
            MessageKind.QUICK_EXIT,
            "The person left the page in a hurry (quick exit). Do not contact them in a way"
                + " that others could see. The chat stays open for a while in case they come"
                + " back.",
            true));
  }

  /**
   * The chat as the one who has just ended it sees it. Not {@link #view}: a handler may no longer
   * read a chat that is not with them, and it no longer is once it ended.
   */
  @Transactional
  public ChatView viewAfterEnding(String chatId, String endedBy) {
    Chat chat = messages.find(chatId);
    return Party.valueOf(endedBy) == Party.CITIZEN ? views.forCitizen(chat) : views.forStaff(chat);
  }

  /** Who ends the chat, as routing records it; the caller asks routing to end it. */
  @Transactional
  public String ender(String chatId, ChatAccess access) {
    Chat chat = messages.find(chatId);
    return access.ender(chat).name();
  }

  @Transactional
  public void emailTranscript(String chatId, String email, ChatAccess access) {
    Chat chat = messages.lock(chatId);
    access.requireCitizen(chat);
    if (chat.state() != ChatState.ENDED) {
      throw new ConflictException("You can have the transcript by email once the chat has ended.");
    }
    String to = email == null ? "" : email.strip();
    if (to.length() > MAX_EMAIL || !EMAIL.matcher(to).matches()) {
      throw new InvalidRequestException(
          "Enter an email address in the right format, like name@example.com");
    }
    if (!chat.mayEmailTranscript()) {
      throw new ClientErrorException(
          "The transcript of this chat has already been sent "
              + Chat.TRANSCRIPT_EMAILS
              + " times, which is as many as we send. Copy it from the screen instead.",
          429);
    }
    transcripts.fire(
        new Transcripts.TranscriptEmail(to, Transcripts.text(chat, messages.after(chatId, 0))));
  }

  @Transactional
  public SurveyAnswers survey(String chatId, SurveyAnswers answers, ChatAccess access) {
    Chat chat = messages.lock(chatId);
    access.requireCitizen(chat);
    if (chat.state() != ChatState.ENDED) {
      throw new ConflictException("You can answer the survey once the chat has ended.");
    }
    if (em().find(ChatSurvey.class, chatId) != null) {
      throw new ConflictException(
          "You have already answered the survey for this chat. Thank you for telling us.");
    }
    SurveyAnswers given = answers == null ? new SurveyAnswers(null, null, null) : answers;
    ChatSurvey survey =
        new ChatSurvey(
            chat,
            given.rating(),
            given.wouldUseAgain(),
            given.wouldOtherwiseHavePhoned101(),
            now());
    em().persist(survey);
    return SurveyAnswers.of(survey);
  }

  private static void requireOpen(Chat chat) {
    if (chat.state() == ChatState.ENDED) {
      throw new ConflictException(
          "This chat has ended, so the message was not sent. Start a new chat if you need us"
              + " again.");
    }
  }

  private void audited(ChatAccess access, String action, String chatId) {
    if (access.staff()) {
      audit.record(access.caller(), action, AUDIT_SUBJECT, chatId, AUDIT_REASON);
    }
  }

  private String handlerName(String username) {
    ChatHandler handler = em().find(ChatHandler.class, username);
    return handler == null ? username : handler.firstName();
  }

  private static Sender sender(Party party) {
    return party == Party.CITIZEN ? Sender.CITIZEN : Sender.HANDLER;
  }

  private static Audience otherSide(Party party) {
    return party == Party.CITIZEN ? Audience.STAFF : Audience.CITIZEN;
  }

  static String language(String requested) {
    if (requested == null || requested.isBlank()) {
      return "en";
    }
    String primary = requested.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    if (!LANGUAGE.matcher(primary).matches()) {
      throw new InvalidRequestException(
          "language is a two-letter language code such as \"en\" or \"pl\", or leave it out.");
    }
    return primary;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
