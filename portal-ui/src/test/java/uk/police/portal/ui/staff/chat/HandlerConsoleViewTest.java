package uk.police.portal.ui.staff.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.ui.staff.chat.Chats.T0;

import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.ChatReceipt;
import uk.police.portal.ui.caseapi.entity.ChatTyping;
import uk.police.portal.ui.caseapi.entity.LiveChat;
import uk.police.portal.ui.staff.Components;
import uk.police.portal.ui.staff.FakeCaseApi;

class HandlerConsoleViewTest {

  private final FakeCaseApi api = new FakeCaseApi();

  private HandlerConsoleView open(LiveChat... chats) {
    api.myChats.addAll(List.of(chats));
    HandlerConsoleView view = new HandlerConsoleView();
    view.caseApi = api;
    view.build();
    return view;
  }

  private static List<String> lines(ChatCard card) {
    return Components.all(card.transcript, ListItem.class).stream().map(Components::text).toList();
  }

  @Test
  void theHandlersChatsAreSideBySideUpToTheirLimitWithTheBotsSummaryOnTop() {
    HandlerConsoleView view =
        open(
            Chats.theft("a"),
            Chats.chat("b", "DOMESTIC_ABUSE", "Domestic abuse", "EMERGENCY", "DOMESTIC_ABUSE"));

    assertThat(view.open.keySet()).containsExactly("a", "b");
    assertThat(view.cards.getClassNames()).contains("chat-cards", "limit-4");
    assertThat(view.load.getText()).isEqualTo("You have 2 of 4 chats open.");
    ChatCard abuse = view.open.get("b");
    assertThat(abuse.heading.getText()).isEqualTo("Domestic abuse, started 13:57");
    assertThat(Components.text(abuse.summary))
        .contains("CategoryDomestic abuse")
        .contains("RiskEmergency")
        .contains("Safety ruleDomestic abuse")
        .contains("VulnerabilitiesRepeat victim")
        .contains("LanguageEnglish")
        .contains("What was taken?My bike")
        .contains("When did it happen?This morning");
    // The summary comes before the messages.
    assertThat(abuse.indexOf(abuse.summary)).isLessThan(abuse.indexOf(abuse.transcript));
    assertThat(abuse.transcript.getElement().getAttribute("role")).isEqualTo("log");
    assertThat(abuse.transcript.getElement().getAttribute("aria-live")).isEqualTo("polite");
  }

  @Test
  void theAvailabilitySwitchTellsCaseApiAndSaysWhereTheHandlerStands() {
    HandlerConsoleView view = open();
    assertThat(view.availability.getValue()).isEqualTo("AWAY");

    view.changeAvailability("AVAILABLE", "AWAY");

    assertThat(api.calls).contains("availability AVAILABLE");
    assertThat(view.availability.getValue()).isEqualTo("AVAILABLE");
    assertThat(view.announcer.getText()).isEqualTo("You are now available.");
  }

  @Test
  void anAvailabilityCaseApiRefusesIsPutBackAndExplained() {
    HandlerConsoleView view = open();
    api.refuseNextWrite = "You cannot be available outside your shift.";
    view.availability.setValue("AVAILABLE");

    view.changeAvailability("AVAILABLE", "AWAY");

    assertThat(view.availability.getValue()).isEqualTo("AWAY");
    assertThat(view.problem.getText()).isEqualTo("You cannot be available outside your shift.");
  }

  @Test
  void aChatThatArrivesBeepsIsMarkedNewAndIsAnnouncedWithItsCategoryAndRisk() {
    HandlerConsoleView view = open();

    view.assigned(Chats.theft("a"));

    ChatCard card = view.open.get("a");
    assertThat(card.arrivedTag.isVisible()).isTrue();
    assertThat(card.arrivedTag.getText()).isEqualTo("New chat");
    assertThat(card.getClassNames()).contains("arrived");
    assertThat(view.announcer.getText()).isEqualTo("New chat: Theft, high risk.");
    assertThat(view.announcer.getElement().getAttribute("role")).isEqualTo("status");
    assertThat(view.beeps).isEqualTo(1);
    assertThat(view.noChats.isVisible()).isFalse();

    view.assigned(Chats.theft("a"));
    assertThat(view.open).hasSize(1);
    assertThat(view.beeps).isEqualTo(1);
  }

  @Test
  void withTheSoundOffANewChatIsOnlySeenAndAnnounced() {
    HandlerConsoleView view = open();
    view.sound.setValue(false);

    view.assigned(Chats.theft("a"));

    assertThat(view.beeps).isZero();
    assertThat(view.announcer.getText()).isEqualTo("New chat: Theft, high risk.");
  }

  @Test
  void messagesAppearOnceAndInOrderWhateverOrderTheyCameIn() {
    HandlerConsoleView view = open(Chats.theft("a"));

    view.message("a", Chats.citizen(3, T0.plusMinutes(1), "Are you there?"));
    view.message("a", Chats.bot(1, T0.minusMinutes(3), "Hello, I am the police chatbot."));
    view.message("a", Chats.citizen(2, T0.minusMinutes(2), "My bike was stolen"));
    view.message("a", Chats.citizen(2, T0.minusMinutes(2), "My bike was stolen"));

    assertThat(lines(view.open.get("a")))
        .containsExactly(
            "Bot13:57Hello, I am the police chatbot.",
            "Citizen13:58My bike was stolen",
            "Citizen14:01Are you there?");
  }

  @Test
  void theHandlersOwnMessagesShowSentThenDeliveredInWords() {
    HandlerConsoleView view = open(Chats.theft("a"));
    ChatCard card = view.open.get("a");

    view.message("a", Chats.handler(4, T0.plusMinutes(1), "Hello, I'm Hannah."));
    assertThat(lines(card)).containsExactly("You14:01Hello, I'm Hannah.✓ Sent");

    view.receipt("a", new ChatReceipt("HANDLER", 4));
    assertThat(lines(card)).containsExactly("You14:01Hello, I'm Hannah.✓ Sent");

    view.receipt("a", new ChatReceipt("CITIZEN", 4));
    assertThat(lines(card)).containsExactly("You14:01Hello, I'm Hannah.✓✓ Delivered");
  }

  @Test
  void aHandlersMessageFromBeforeTheChatWasTheirsIsNotCalledTheirs() {
    HandlerConsoleView view = open(Chats.theft("a"));

    view.message(
        "a",
        Chats.message(2, "HANDLER", "Harry", "TEXT", "Passing you on", false, T0.minusMinutes(1)));

    assertThat(lines(view.open.get("a"))).containsExactly("Harry (handler)13:59Passing you on");
  }

  @Test
  void theChatWhoseCitizenHasWaitedLongestForAReplyIsMarkedInWords() {
    HandlerConsoleView view = open(Chats.theft("a"), Chats.theft("b"));
    view.message("a", Chats.citizen(4, T0.plusMinutes(3), "Hello?"));
    view.message("b", Chats.citizen(4, T0.plusMinutes(1), "Anyone there?"));
    view.message("b", Chats.citizen(5, T0.plusMinutes(4), "Hello?"));

    ChatCard a = view.open.get("a");
    ChatCard b = view.open.get("b");
    assertThat(b.oldestTag.isVisible()).isTrue();
    assertThat(b.oldestTag.getText()).isEqualTo("Oldest unanswered message, waiting since 14:01");
    assertThat(b.getClassNames()).contains("oldest-unanswered");
    assertThat(a.oldestTag.isVisible()).isFalse();

    view.message("b", Chats.handler(6, T0.plusMinutes(5), "Sorry, I'm here."));

    assertThat(b.oldestTag.isVisible()).isFalse();
    assertThat(a.oldestTag.getText()).isEqualTo("Oldest unanswered message, waiting since 14:03");
  }

  @Test
  void aCitizenWhoLeftInAHurryIsShownProminently() {
    HandlerConsoleView view = open(Chats.theft("a"));
    ChatCard card = view.open.get("a");
    assertThat(card.quickExit.isVisible()).isFalse();

    view.message(
        "a", Chats.system(5, T0.plusMinutes(2), "QUICK_EXIT", "left the page in a hurry", true));

    assertThat(card.quickExit.isVisible()).isTrue();
    assertThat(card.quickExit.getText())
        .startsWith("The citizen left the page in a hurry at 14:02.");
    assertThat(card.quickExit.getElement().getAttribute("role")).isEqualTo("alert");
    assertThat(card.indexOf(card.quickExit)).isLessThan(card.indexOf(card.transcript));
    assertThat(lines(card))
        .containsExactly("Chat system (only staff see this)14:02left the page in a hurry");
  }

  @Test
  void typingIsShownAndGoesAwayUnlessTheCitizenTypesAgain() {
    HandlerConsoleView view = open(Chats.theft("a"));
    ChatCard card = view.open.get("a");

    int first = view.typing("a", new ChatTyping("CITIZEN", null));
    int second = view.typing("a", new ChatTyping("CITIZEN", null));
    assertThat(card.typingNote.getText()).isEqualTo("The citizen is typing…");
    view.typingStopped("a", first);
    assertThat(card.typingNote.getText()).isEqualTo("The citizen is typing…");
    view.typingStopped("a", second);
    assertThat(card.typingNote.getText()).isEmpty();
  }

  @Test
  void aChatTakenOffTheHandlerLeavesTheConsoleWithTheReason() {
    HandlerConsoleView view = open(Chats.theft("a"));

    view.unassigned("a", "TRANSFERRED");

    assertThat(view.open).isEmpty();
    assertThat(view.announcer.getText())
        .isEqualTo("A chat was taken off your console: it was moved to another queue or handler.");
    assertThat(view.noChats.isVisible()).isTrue();
  }

  @Test
  void afterAReconnectTheChatsAreThoseCaseApiSaysAreTheHandlers() {
    HandlerConsoleView view = open(Chats.theft("a"), Chats.theft("b"));
    api.myChats.clear();
    api.myChats.add(Chats.theft("b"));
    api.myChats.add(Chats.theft("c"));

    view.reloadChats();

    assertThat(view.open.keySet()).containsExactly("b", "c");
    assertThat(view.beeps).isZero();
  }

  @Test
  void theHandlerUpdateFromTheirStreamChangesTheSwitchAndTheLoad() {
    HandlerConsoleView view = open(Chats.theft("a"));

    view.handlerChanged(new ChatHandler("hannah", "Hannah", "BUSY", 2, 1, List.of("GENERAL"), T0));

    assertThat(view.availability.getValue()).isEqualTo("BUSY");
    assertThat(view.load.getText()).isEqualTo("You have 1 of 2 chats open.");
    assertThat(view.cards.getClassNames()).contains("limit-2");
  }
}
