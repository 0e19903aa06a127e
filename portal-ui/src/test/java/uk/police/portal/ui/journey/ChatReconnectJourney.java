package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.police.portal.ui.journey.ChatPages.fromHandler;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A citizen's phone goes offline mid-chat (asleep, a tunnel) while the handler keeps writing. When
 * it is back, every message is there once, in order; a reload shows them once too. Hannah works
 * through the API here; the console journey has her in a browser.
 */
@ExtendWith(PortalServer.class)
class ChatReconnectJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void messagesWrittenWhileThePhoneWasOfflineArriveOnceEachAndInOrder() {
    HandlerThroughApi.everyoneAway();
    String marker = "bike " + UUID.randomUUID().toString().substring(0, 8);
    Page page = browser.page();
    try (HandlerThroughApi hannah = new HandlerThroughApi("hannah").available()) {
      page.navigate(PortalServer.baseUrl() + "/");
      ChatPages.startChat(page);
      ChatPages.talkToTheBotUntilHandedOver(
          page, "Someone stole my " + marker + " from the station");
      String chat = hannah.chatMentioning(marker);
      assertThat(page.locator("#chat-handler")).hasText("You are talking to Hannah.");

      int first = hannah.say(chat, "Hello, I am Hannah. I have read what you told the chatbot.");
      assertThat(fromHandler(page)).hasCount(1);
      hannah.received(chat, first);
      assertThat(ChatPages.mine(page).last()).containsText("Seen");

      page.context().setOffline(true);
      List<String> whileAway =
          List.of("Are you still there?", "Is the bike insured?", "Take your time.");
      whileAway.forEach(text -> hannah.say(chat, text));
      page.waitForTimeout(2000);
      // Offline, the phone shows nothing new (the messages wait on the server)...
      assertThat(fromHandler(page)).hasCount(1);
      page.context().setOffline(false);

      assertThat(fromHandler(page)).hasCount(4);
      for (int i = 0; i < whileAway.size(); i++) {
        assertThat(fromHandler(page).nth(i + 1)).containsText(whileAway.get(i));
      }

      page.reload();
      page.waitForLoadState(LoadState.NETWORKIDLE);
      assertThat(fromHandler(page)).hasCount(4);
      assertThat(page.getByText("Is the bike insured?")).hasCount(1);

      hannah.say(chat, "Thank you, I will make a report for you.");
      assertThat(fromHandler(page)).hasCount(5);

      hannah.end(chat);
      assertThat(page.locator("#chat-ended")).isVisible();
      hannah.availability("AWAY");
    }
  }
}
