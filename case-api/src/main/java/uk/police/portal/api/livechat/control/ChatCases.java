package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.portal.api.casefile.control.Reports;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.casefile.entity.ReportReceipt;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatMessage;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.NewMessage;
import uk.police.portal.api.livechat.entity.Sender;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.RefusedException;
import uk.police.portal.chatbot.livechat.control.CaseOutline;
import uk.police.portal.chatbot.triage.control.CategoryQuestions;
import uk.police.portal.chatbot.triage.control.Wording;
import uk.police.portal.chatbot.triage.entity.Category;

/**
 * A crime report from a chat: a draft the handler checks and completes (from the bot's answers and
 * the citizen's own words), then a case made by the same code as an online report, once per chat.
 *
 * <p>Who is the reporter: a citizen who chatted signed in owns the case like any report of theirs
 * (it appears in their cases). An anonymous chat has no account to own it, and a case must have an
 * owner; the handler who took it down stands as reporter, named as such, so the case is worked like
 * any other while no citizen account can reach it. The citizen keeps the reference from the chat.
 */
@ApplicationScoped
public class ChatCases {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final List<String> QUESTION_KEYS =
      List.of(
          CategoryQuestions.WHEN,
          CategoryQuestions.WHERE,
          CategoryQuestions.HURT,
          CategoryQuestions.STILL_THERE,
          CategoryQuestions.VULNERABLE,
          CategoryQuestions.CONTACT,
          CategoryQuestions.SAFE_CONTACT);

  @Inject PortalDatabase database;
  @Inject Messages messages;
  @Inject Reports reports;
  @Inject Clock clock;

  /** The handler's starting point; contact preferences and who it happened to are left to them. */
  @Transactional
  public ReportForm draft(String chatId, String handler) {
    Chat chat = database.entityManager().find(Chat.class, chatId);
    requireHandler(chat, handler);
    ChatView.Summary summary = HandOverSummary.read(chat.summaryJson());
    Category category = summary == null ? null : Category.valueOf(summary.category());
    CaseOutline outline = CaseOutline.from(category, answersByKey(summary), citizenWords(chat));
    return new ReportForm(
        category == null ? null : category.name(),
        outline.whatHappened(),
        outline.occurredOn(LocalDate.now(clock.withZone(UK))).orElse(null),
        outline.occurredTime(),
        outline.location(),
        outline.property(),
        null,
        outline.injuries(),
        outline.suspect(),
        outline.witnesses(),
        null,
        outline.vulnerability() == null
            ? null
            : new ReportForm.Vulnerability(null, null, null, outline.vulnerability()),
        null);
  }

  /**
   * The case, once: the chat's row is locked first, so two clicks make one case. The citizen is
   * told the reference in the chat.
   */
  @Transactional
  public String create(String chatId, ReportForm form, Person handler, String handlerFirstName) {
    Chat chat = messages.lock(chatId);
    requireHandler(chat, handler.username());
    if (chat.caseReference() != null) {
      chat.recordCase(chat.caseReference()); // refuses, naming the case made before
    }
    ReportReceipt receipt = reports.record(form, reporter(chat, handler, handlerFirstName));
    chat.recordCase(receipt.reference());
    messages.append(
        chat,
        NewMessage.system(
            MessageKind.CASE_CREATED,
            "Your crime reference number is "
                + receipt.reference()
                + ". Please keep it: quote it if you contact us about this again.",
            false));
    return receipt.reference();
  }

  private static Person reporter(Chat chat, Person handler, String handlerFirstName) {
    if (chat.startedSignedIn()) {
      String name = chat.citizenName() == null ? "Name not given (live chat)" : chat.citizenName();
      return new Person(chat.citizenSubject(), null, name);
    }
    return new Person(
        handler.subject(),
        handler.username(),
        "Anonymous (live chat), taken down by " + handlerFirstName);
  }

  private static void requireHandler(Chat chat, String handler) {
    if (chat == null) {
      throw new NotFoundException(ChatAccess.NOT_HERE);
    }
    if (!chat.isAssignedTo(handler)) {
      throw new RefusedException(
          "This chat is not with you now: it ended, went back to the queue or moved to a"
              + " colleague.");
    }
  }

  /** The summary keeps each question in words; the outline wants the question's key. */
  private static Map<String, String> answersByKey(ChatView.Summary summary) {
    Map<String, String> byKey = new LinkedHashMap<>();
    if (summary == null) {
      return byKey;
    }
    Wording english = Wording.in("en");
    for (ChatView.Answer answer : summary.answers()) {
      QUESTION_KEYS.stream()
          .filter(key -> english.say(key).equals(answer.question()))
          .findFirst()
          .ifPresent(key -> byKey.put(key, answer.answer()));
    }
    return byKey;
  }

  private List<String> citizenWords(Chat chat) {
    return database
        .entityManager()
        .createNamedQuery(ChatMessage.AFTER, ChatMessage.class)
        .setParameter("chat", chat.id())
        .setParameter("after", 0)
        .getResultStream()
        .filter(m -> m.sender() == Sender.CITIZEN && m.kind() == MessageKind.TEXT)
        .map(ChatMessage::body)
        .toList();
  }
}
