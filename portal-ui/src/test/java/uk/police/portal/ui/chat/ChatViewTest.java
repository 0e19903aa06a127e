package uk.police.portal.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.ChatChoice;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.ChatReceipt;
import uk.police.portal.ui.caseapi.entity.ChatSurvey;
import uk.police.portal.ui.caseapi.entity.ChatTyping;
import uk.police.portal.ui.caseapi.entity.LiveChat;
import uk.police.portal.ui.caseapi.entity.QueuePlace;
import uk.police.portal.ui.citizen.Texts;

class ChatViewTest {

  FakeChatApi caseApi;
  ChatInSession.Store store;
  final List<Runnable> later = new ArrayList<>();

  @BeforeEach
  void aFreshSession() {
    caseApi = new FakeChatApi();
    store = ChatInSession.Store.inMemory();
  }

  ChatView view() {
    ChatView view = new ChatView();
    view.caseApi = caseApi;
    view.store = store;
    view.background = Runnable::run;
    view.openStream = builder -> null;
    view.open();
    return view;
  }

  ChatView started() {
    ChatView view = view();
    view.start();
    return view;
  }

  static List<String> messages(ChatView view) {
    return view.log.list.getChildren().map(Texts::visible).toList();
  }

  ChatMessage fromHandler(String text) {
    caseApi.handlerFirstName = "Hannah";
    return caseApi.add("HANDLER", null, text, List.of(), false);
  }

  @Test
  void theStartPageSaysWhatTheChatIsAndHowToLeaveQuicklyAndStartsNothing() {
    ChatView view = view();
    String page = Texts.visible(view);
    assertThat(page)
        .contains(
            "Chat with us",
            "If you are in danger now, call 999",
            "select \"Exit this page\" at the top, or press the Shift key 3 times",
            "pressing Back will not show it");
    assertThat(view.chatPart.isVisible()).isFalse();
    assertThat(caseApi.calls).isEmpty();
    assertThat(store.chat()).isEmpty();
  }

  @Test
  void startingAChatShowsTheBotFirstAndKeepsTheChatInTheSessionNotOnThePage() {
    ChatView view = started();

    assertThat(messages(view)).containsExactly("Chatbot, 3:05pm Hello. What happened?");
    assertThat(store.chat()).contains(new ChatInSession(FakeChatApi.ID, FakeChatApi.TOKEN, false));
    assertThat(Texts.visible(view)).doesNotContain(FakeChatApi.TOKEN);
    assertThat(view.startPart.isVisible()).isFalse();
  }

  @Test
  void aMessageShowsAtOnceAsSendingThenSentOnceStored() {
    ChatView view = started();
    view.background = later::add;
    view.composer.input.setValue("My bike was stolen");

    view.send();

    assertThat(messages(view)).last().isEqualTo("You My bike was stolen Sending…");
    assertThat(view.composer.input.getValue()).isEmpty();
    later.forEach(Runnable::run);
    assertThat(messages(view)).last().isEqualTo("You, 3:05pm My bike was stolen Sent ✓");
  }

  @Test
  void theTickIsAlsoWordsAndTheMarksAreHiddenFromScreenReaders() {
    ChatView view = started();
    view.composer.input.setValue("hello");
    view.send();
    var status = view.log.list.getChildren().toList().get(1).getElement().getChild(2);
    assertThat(status.getChild(0).getText()).isEqualTo("Sent ");
    assertThat(status.getChild(1).getAttribute("aria-hidden")).isEqualTo("true");
  }

  @Test
  void whenTheHandlerHasReadItTheMessageShowsSeen() {
    ChatView view = started();
    view.composer.input.setValue("hello");
    view.send();

    view.showReceipt(new ChatReceipt("CITIZEN", 2));
    assertThat(messages(view).get(1)).endsWith("Sent ✓");
    view.showReceipt(new ChatReceipt("HANDLER", 2));
    assertThat(messages(view).get(1)).endsWith("Seen ✓✓");
  }

  @Test
  void aMessageThatArrivesAgainIsShownOnce() {
    ChatView view = started();
    view.composer.input.setValue("hello");
    view.send();
    List<ChatMessage> all = caseApi.chatMessages(caseApi.chatAccess(), 0);

    all.forEach(view::showMessage); // a reconnect replaying, the answer to the send and the stream
    all.forEach(view::showMessage);

    assertThat(messages(view)).hasSize(3);
    assertThat(view.log.highestSeq()).isEqualTo(3);
  }

  @Test
  void theBotsButtonsSendTheirValueAndShowTheirLabel() {
    ChatView view = started();
    view.composer.input.setValue("My bike was stolen");
    view.send();
    caseApi.chatMessages(caseApi.chatAccess(), 2).forEach(view::showMessage);
    assertThat(view.choices.isVisible()).isTrue();
    assertThat(Texts.visible(view.choices)).isEqualTo("Yes No");

    view.choose(new ChatChoice("no", "No"));

    assertThat(caseApi.messages.get(3).text()).isEqualTo("no");
    assertThat(messages(view).get(3)).isEqualTo("You, 3:05pm No Sent ✓");
    assertThat(view.choices.getChildren()).isEmpty();
  }

  @Test
  void afterTheHandOverTheQueuePlaceAndWaitShowAndUpdate() {
    ChatView view = started();
    caseApi.state = LiveChat.WAITING;
    view.apply(caseApi.view());
    assertThat(view.queue.getText())
        .isEqualTo("You are number 3 in the queue. The wait is about 4 minutes.");
    assertThat(view.queue.getElement().getAttribute("role")).isEqualTo("status");

    view.showQueue(new QueuePlace(1, 40));

    assertThat(view.queue.getText())
        .isEqualTo("You are number 1 in the queue. The wait is about 1 minute.");
  }

  @Test
  void whenAHandlerJoinsTheirFirstNameShowsAndTheQueueGoes() {
    ChatView view = started();
    caseApi.state = LiveChat.WAITING;
    view.apply(caseApi.view());
    caseApi.state = LiveChat.ASSIGNED;
    caseApi.handlerFirstName = "Hannah";

    view.apply(caseApi.view());

    assertThat(view.handler.getText()).isEqualTo("You are talking to Hannah.");
    assertThat(view.queue.isVisible()).isFalse();
    view.showQueue(new QueuePlace(2, 60)); // a late queue event changes nothing
    assertThat(view.queue.isVisible()).isFalse();
  }

  @Test
  void theHandlerTypingShowsTheirNameUntilTheirMessageComes() {
    ChatView view = started();
    view.showTyping(new ChatTyping("HANDLER", "Hannah"));
    assertThat(view.typing.isVisible()).isTrue();
    assertThat(view.typing.getText()).isEqualTo("Hannah is typing…");
    assertThat(view.typing.getElement().getAttribute("aria-live")).isEqualTo("polite");

    view.showMessage(fromHandler("Hello, I am Hannah."));

    assertThat(view.typing.isVisible()).isFalse();
    assertThat(messages(view)).last().isEqualTo("Hannah, 3:05pm Hello, I am Hannah.");
  }

  @Test
  void theCitizensOwnTypingIsNotShownToThem() {
    ChatView view = started();
    view.showTyping(new ChatTyping("CITIZEN", null));
    assertThat(view.typing.isVisible()).isFalse();
  }

  @Test
  void messagesFromOthersAreAcknowledgedOnceEachAndTheCitizensOwnNever() {
    ChatView view = started();
    view.composer.input.setValue("hello");
    view.send();
    view.showMessage(fromHandler("Hi"));
    view.showMessage(caseApi.messages.get(3));

    assertThat(caseApi.calls)
        .filteredOn(c -> c.startsWith("received"))
        .containsExactly("received 1", "received 4");
  }

  @Test
  void anEmergencyFromTheBotShowsTheCall999Advice() {
    ChatView view = started();
    assertThat(view.emergency.showing()).isFalse();
    view.showMessage(caseApi.add("BOT", null, "Call 999 now.", List.of(), true));
    assertThat(view.emergency.showing()).isTrue();
    assertThat(Texts.visible(view.emergency)).contains("Call 999");
  }

  @Test
  void aChatInArabicIsShownRightToLeft() {
    ChatView view = started();
    caseApi.rightToLeft = true;
    view.apply(caseApi.view());
    assertThat(view.log.list.getElement().getAttribute("dir")).isEqualTo("rtl");
    assertThat(view.log.list.getElement().getAttribute("lang")).isEqualTo("ar");
    assertThat(view.composer.input.getElement().getAttribute("dir")).isEqualTo("rtl");
  }

  @Test
  void theLogAnnouncesOnlyNewMessagesPolitely() {
    ChatView view = started();
    assertThat(view.log.getElement().getAttribute("role")).isEqualTo("log");
    assertThat(view.log.getElement().getAttribute("aria-live")).isEqualTo("polite");
    assertThat(view.log.getElement().getAttribute("aria-relevant")).isEqualTo("additions");
  }

  @Test
  void whatPeopleWriteIsShownAsTextNeverAsMarkup() {
    ChatView view = started();
    view.showMessage(fromHandler("<script>alert(1)</script><b>hi</b>"));
    assertThat(Texts.visible(view.log)).contains("<script>alert(1)</script><b>hi</b>");
    assertThat(Texts.tags(view.log)).doesNotContain("script", "b");
  }

  @Test
  void staffOnlyMessagesAreNeverShown() {
    ChatView view = started();
    view.showMessage(
        new ChatMessage(
            9, null, "SYSTEM", null, "QUICK_EXIT", "left in a hurry", true, null, null, false));
    assertThat(Texts.visible(view.log)).doesNotContain("left in a hurry");
  }

  @Test
  void aReloadInTheSameSessionShowsTheSameChatOnceWithoutStartingAnother() {
    ChatView first = started();
    first.composer.input.setValue("hello");
    first.send();
    first.showMessage(caseApi.messages.get(2)); // the bot's answer, from the stream

    ChatView reloaded = view();

    assertThat(reloaded.chatPart.isVisible()).isTrue();
    assertThat(messages(reloaded)).isEqualTo(messages(first));
    assertThat(caseApi.calls).filteredOn(c -> c.startsWith("start")).hasSize(1);
  }

  @Test
  void afterAQuickExitTheChatPageStartsAfresh() {
    started();
    store.forget(); // what QuickExitServlet does to the session

    ChatView back = view();

    assertThat(back.startPart.isVisible()).isTrue();
    assertThat(back.chatPart.isVisible()).isFalse();
    assertThat(Texts.visible(back)).doesNotContain("Hello. What happened?");
  }

  @Test
  void aChatTheApiNoLongerKnowsIsForgottenAndTheStartPageShown() {
    store.keep(new ChatInSession(FakeChatApi.ID, "stale-token", false));
    ChatView view = view();
    assertThat(view.startPart.isVisible()).isTrue();
    assertThat(store.chat()).isEmpty();
  }

  @Test
  void anEmptyOrTooLongMessageIsNotSentAndSaysWhy() {
    ChatView view = started();
    view.send();
    assertThat(view.composer.problem.getText()).isEqualTo("Enter a message");
    view.composer.input.setValue("x".repeat(2001));
    view.send();
    assertThat(view.composer.problem.getText())
        .isEqualTo("Your message must be 2,000 characters or fewer. It has 2,001.");
    assertThat(view.composer.input.getElement().getAttribute("aria-describedby"))
        .isEqualTo("chat-input-problem");
    assertThat(caseApi.messages).hasSize(1);
  }

  @Test
  void aMessageThatCouldNotBeSentCanBeSentAgainAndIsStoredOnce() {
    ChatView view = started();
    caseApi.down = true;
    view.composer.input.setValue("are you there?");
    view.send();
    assertThat(messages(view)).last().isEqualTo("You are you there? Not sent. Try again");

    caseApi.down = false;
    String clientId = view.log.list.getChildren().toList().get(1).getId().orElseThrow();
    view.tryAgain(clientId.substring("chat-out-".length()));

    assertThat(messages(view).get(1)).isEqualTo("You, 3:05pm are you there? Sent ✓");
    assertThat(caseApi.messages).filteredOn(ChatMessage::fromCitizen).hasSize(1);
  }

  @Test
  void endingAsksFirstThenShowsTheTranscriptACopyByEmailAndTheSurvey() {
    ChatView view = started();
    view.composer.askToEnd();
    assertThat(view.composer.confirmEnd.isVisible()).isTrue();
    assertThat(caseApi.state).isEqualTo(LiveChat.BOT);
    view.composer.keepChatting();
    assertThat(view.composer.confirmEnd.isVisible()).isFalse();

    view.composer.askToEnd();
    view.endChat();

    assertThat(caseApi.state).isEqualTo(LiveChat.ENDED);
    assertThat(view.composer.isVisible()).isFalse();
    assertThat(messages(view))
        .containsExactly("Chatbot, 3:05pm Hello. What happened?", "The chat has ended.");
    assertThat(Texts.visible(view.endedPart))
        .contains(
            "This chat has ended",
            "Email me a copy",
            "How good was this chat?",
            "Very poor Poor OK Good Excellent",
            "Would you use online chat again?",
            "If this chat was not here, would you have phoned 101?",
            "Yes No Not sure");
  }

  static ChatEndedPart endedPart(ChatView view) {
    return (ChatEndedPart) view.endedPart.getChildren().findFirst().orElseThrow();
  }

  TranscriptEmailForm emailForm(ChatView view) {
    return endedPart(view).email;
  }

  ChatSurveyForm survey(ChatView view) {
    return endedPart(view).survey;
  }

  ChatView ended() {
    ChatView view = started();
    view.composer.askToEnd();
    view.endChat();
    return view;
  }

  @Test
  void theTranscriptIsEmailedOnlyToAnAddressThatLooksRight() {
    TranscriptEmailForm form = emailForm(ended());
    form.send();
    assertThat(form.email.error()).isEqualTo(TranscriptEmailForm.ENTER);
    form.email.setValue("alice.example.com");
    form.send();
    assertThat(form.email.error()).isEqualTo(TranscriptEmailForm.FORMAT);

    form.email.setValue(" alice@example.com ");
    form.send();

    assertThat(caseApi.emails).containsExactly("alice@example.com");
    assertThat(form.done.getText())
        .isEqualTo("We have sent a copy of this chat to alice@example.com.");
  }

  @Test
  void aRefusedEmailSaysWhyInCaseApisWords() {
    TranscriptEmailForm form = emailForm(ended());
    form.email.setValue("alice@example.com");
    for (int i = 0; i < 4; i++) {
      form.send();
    }
    assertThat(form.email.error()).isEqualTo("You have had 3 copies of this chat already.");
  }

  @Test
  void theSurveySendsWhatWasChosenAndThanksThem() {
    ChatSurveyForm form = survey(ended());
    form.rating.select("4");
    form.again.select("yes");
    form.phoned.select("not-sure");

    form.send();

    assertThat(caseApi.surveys).containsExactly(new ChatSurvey(4, true, null));
    assertThat(form.thanks.isVisible()).isTrue();
    assertThat(form.questions.isVisible()).isFalse();
  }

  @Test
  void anEmptySurveyIsNotSentAndSaysWhy() {
    ChatSurveyForm form = survey(ended());
    form.send();
    assertThat(caseApi.surveys).isEmpty();
    assertThat(form.problem.getText()).isEqualTo(ChatSurveyForm.NOTHING);
  }

  @Test
  void aCaseMadeFromTheChatShowsItsReference() {
    ChatView view = started();
    caseApi.caseReference = "PC-7KQ4-9XRT";
    view.apply(caseApi.view());
    assertThat(Texts.visible(view.caseReference))
        .contains("Your crime reference number is PC-7KQ4-9XRT", "Call 101");
  }

  @Test
  void aSignedInCitizenGetsALinkToTheirCasesAndEveryCallCarriesTheirToken() {
    caseApi.bearer = "Bearer alice";
    ChatView view = started();
    caseApi.caseReference = "PC-7KQ4-9XRT";
    view.apply(caseApi.view());

    assertThat(Texts.visible(view.caseReference)).contains("See it in your cases", "Your cases");
    assertThat(store.chat().orElseThrow().signedIn()).isTrue();
    assertThat(caseApi.calls).filteredOn(c -> c.startsWith("as ")).containsOnly("as Bearer alice");
  }

  @Test
  void anAnonymousChatSendsNoBearer() {
    ChatView view = started();
    view.composer.input.setValue("hello");
    view.send();
    assertThat(caseApi.calls).filteredOn(c -> c.startsWith("as ")).containsOnly("as null");
  }

  @Test
  void startingAgainAfterTheEndForgetsTheOldChat() {
    ChatView view = ended();
    view.startAgain();
    assertThat(store.chat()).isEmpty();
  }
}
