package uk.police.portal.ui.chat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatAccess;
import uk.police.portal.ui.caseapi.entity.ChatChoice;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.ChatStarted;
import uk.police.portal.ui.caseapi.entity.ChatSurvey;
import uk.police.portal.ui.caseapi.entity.LiveChat;

/**
 * One chat as case-api keeps it, in memory: the bot greets (seq 1) and answers each message with
 * yes/no buttons; the token must match, as case-api's would, or the chat is not there.
 */
class FakeChatApi extends CaseApiClient {

  static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 21, 15, 5, 0, 0, ZoneOffset.UTC);
  static final String ID = "chat-1";
  static final String TOKEN = "secret-token";

  final List<ChatMessage> messages = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  final List<String> emails = new ArrayList<>();
  final List<ChatSurvey> surveys = new ArrayList<>();
  String state = LiveChat.BOT;
  String handlerFirstName;
  String caseReference;
  boolean rightToLeft;
  int handlerReceivedSeq;
  boolean down;
  String bearer;

  @Override
  public String bearerIfSignedIn() {
    return bearer;
  }

  @Override
  public URI chatEventsUri(String chatId) {
    return URI.create("http://127.0.0.1:9/api/chats/" + chatId + "/events");
  }

  @Override
  public ChatStarted startChat(String language) {
    calls.add("start " + language);
    unavailableWhenDown();
    add("BOT", null, "Hello. What happened?", List.of(), false);
    return new ChatStarted(ID, TOKEN, view());
  }

  @Override
  public LiveChat chat(ChatAccess chat) {
    check(chat);
    return view();
  }

  @Override
  public List<ChatMessage> chatMessages(ChatAccess chat, int after) {
    check(chat);
    return messages.stream().filter(m -> m.seq() > after && !m.staffOnly()).toList();
  }

  @Override
  public ChatMessage sendChatMessage(ChatAccess chat, String clientId, String text) {
    check(chat);
    unavailableWhenDown();
    if (LiveChat.ENDED.equals(state)) {
      throw new CaseApiRefusedException(409, "This chat has ended.", null);
    }
    for (ChatMessage m : messages) {
      if (clientId.equals(m.clientId())) {
        return m;
      }
    }
    ChatMessage stored = add("CITIZEN", clientId, text, List.of(), false);
    if (LiveChat.BOT.equals(state)) {
      add(
          "BOT",
          null,
          "Are you in danger now?",
          List.of(new ChatChoice("yes", "Yes"), new ChatChoice("no", "No")),
          false);
    }
    return stored;
  }

  @Override
  public void typing(ChatAccess chat) {
    check(chat);
    calls.add("typing");
  }

  @Override
  public void received(ChatAccess chat, int seq) {
    check(chat);
    calls.add("received " + seq);
  }

  @Override
  public void quickExit(ChatAccess chat) {
    check(chat);
    calls.add("quick-exit");
  }

  @Override
  public LiveChat endChat(ChatAccess chat) {
    check(chat);
    state = LiveChat.ENDED;
    add("SYSTEM", null, "The chat has ended.", List.of(), false);
    return view();
  }

  @Override
  public void emailTranscript(ChatAccess chat, String email) {
    check(chat);
    if (emails.size() == 3) {
      throw new CaseApiRefusedException(429, "You have had 3 copies of this chat already.", null);
    }
    emails.add(email);
  }

  @Override
  public ChatSurvey answerSurvey(ChatAccess chat, ChatSurvey survey) {
    check(chat);
    if (!surveys.isEmpty()) {
      throw new CaseApiRefusedException(409, "You have answered already.", null);
    }
    surveys.add(survey);
    return survey;
  }

  ChatMessage add(
      String sender, String clientId, String text, List<ChatChoice> choices, boolean emergency) {
    ChatMessage message =
        new ChatMessage(
            messages.size() + 1,
            clientId,
            sender,
            sender.equals("HANDLER") ? handlerFirstName : null,
            "TEXT",
            text,
            false,
            AT,
            choices,
            emergency);
    messages.add(message);
    return message;
  }

  LiveChat view() {
    return new LiveChat(
        ID,
        state,
        rightToLeft ? "ar" : "en",
        rightToLeft,
        null,
        null,
        LiveChat.WAITING.equals(state) ? 3 : null,
        LiveChat.WAITING.equals(state) ? 240 : null,
        handlerFirstName,
        caseReference,
        messages.size(),
        0,
        handlerReceivedSeq,
        AT,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  ChatAccess chatAccess() {
    return new ChatAccess(ID, TOKEN, bearer);
  }

  private void check(ChatAccess chat) {
    calls.add("as " + chat.bearer());
    if (!ID.equals(chat.id()) || !TOKEN.equals(chat.token())) {
      throw new CaseApiRefusedException(404, "There is no chat here. It may have ended.", null);
    }
  }

  private void unavailableWhenDown() {
    if (down) {
      throw new CaseApiUnavailableException("down", null);
    }
  }
}
