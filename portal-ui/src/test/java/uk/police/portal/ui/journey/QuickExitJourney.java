package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the middle of a chat, someone has to leave the page at once: Shift pressed 3 times, or the
 * "Exit this page" button. The page becomes the BBC weather site (served here by the test, as
 * nothing leaves this machine), Back does not show the chat, and /chat starts afresh.
 */
@ExtendWith(PortalServer.class)
class QuickExitJourney {

  static final Pattern WEATHER = Pattern.compile("https://www\\.bbc\\.co\\.uk/weather.*");
  static final String SAID = "Someone took the parcel from my doorstep this morning";

  @RegisterExtension final Browser browser = new Browser();

  @BeforeEach
  void theNeutralSiteIsServedLocally() {
    browser
        .page()
        .context()
        .route(
            WEATHER,
            route ->
                route.fulfill(
                    new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html")
                        .setBody(
                            "<!doctype html><html lang=en><title>BBC Weather</title>"
                                + "<h1>Weather</h1></html>")));
  }

  Page midChat() {
    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/");
    ChatPages.startChat(page);
    ChatPages.say(page, SAID);
    assertThat(page.locator("#chat-log")).containsText(SAID);
    return page;
  }

  void theChatIsGoneAfterBackAndOnReturn(Page page) {
    page.waitForURL(WEATHER);
    assertThat(page).hasTitle("BBC Weather");

    page.goBack();
    // Whatever Back brings (a fresh page or one reloaded from the cache), never the chat.
    assertThat(page.locator("h1")).hasText("Report a crime and follow your case");
    assertThat(page.getByText(SAID)).hasCount(0);

    page.navigate(PortalServer.baseUrl() + "/chat");
    assertThat(page.locator("#chat-start")).isVisible();
    assertThat(page.getByText(SAID)).hasCount(0);
    assertThat(page.locator("#chat-log .chat-message")).hasCount(0);
  }

  @Test
  void pressingShiftThreeTimesReplacesThePageAndBackDoesNotShowTheChat() {
    Page page = midChat();
    page.evaluate("document.activeElement.blur()"); // on the page, not in the message box
    page.keyboard().press("Shift");
    page.keyboard().press("Shift");
    page.keyboard().press("Shift");
    theChatIsGoneAfterBackAndOnReturn(page);
  }

  @Test
  void theExitButtonDoesTheSame() {
    Page page = midChat();
    page.locator("#quick-exit").click();
    theChatIsGoneAfterBackAndOnReturn(page);
  }

  @Test
  void theHandlerIsToldThePersonLeftInAHurry() throws InterruptedException {
    HandlerThroughApi.everyoneAway();
    String marker = "parcel " + UUID.randomUUID().toString().substring(0, 8);
    Page page = browser.page();
    try (HandlerThroughApi hannah = new HandlerThroughApi("hannah").available()) {
      page.navigate(PortalServer.baseUrl() + "/");
      ChatPages.startChat(page);
      ChatPages.talkToTheBotUntilHandedOver(
          page, "Someone stole my " + marker + " from my doorstep");
      String chat = hannah.chatMentioning(marker);

      page.locator("#quick-exit").click();
      page.waitForURL(WEATHER);

      Instant giveUp = Instant.now().plusSeconds(30);
      while (!hannah.messages(chat).toString().contains("QUICK_EXIT")
          && Instant.now().isBefore(giveUp)) {
        Thread.sleep(300);
      }
      JsonNode told = null;
      for (JsonNode message : hannah.messages(chat)) {
        if ("QUICK_EXIT".equals(message.path("kind").asText())) {
          told = message;
        }
      }
      assertThat(told).as("Hannah is told").isNotNull();
      assertThat(told.path("staffOnly").asBoolean()).isTrue();
      assertThat(hannah.chat(chat).path("quickExitAt").isNull()).isFalse();
      assertThat(hannah.chat(chat).path("state").asText()).isEqualTo("ASSIGNED");
      hannah.end(chat);
      hannah.availability("AWAY");
    }
  }

  @Test
  void typingCapitalsInAMessageIsNotAnExit() {
    Page page = midChat();
    page.locator("#chat-input").click();
    page.keyboard().type("I Am OK Thanks");
    assertThat(page.locator("#chat-input")).hasValue("I Am OK Thanks");
    assertThat(page).hasURL(Pattern.compile(".*/chat$"));
  }

  @Test
  void theExitButtonIsOnEveryPublicAndCitizenPage() {
    Page page = browser.page();
    for (String path : new String[] {"/", "/chat"}) {
      page.navigate(PortalServer.baseUrl() + path);
      assertThat(page.locator("#quick-exit")).hasText("Exit this page");
      assertThat(page.locator("#quick-exit")).hasAttribute("href", WEATHER);
    }
    page.navigate(PortalServer.baseUrl() + "/report");
    SignInJourney.signInAs(page, "alice");
    assertThat(page.locator("#quick-exit")).isVisible();
  }
}
