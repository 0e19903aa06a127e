package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.ui.journey.ChatPages.bot;
import static uk.police.portal.ui.journey.ChatPages.log;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Someone who has not signed in opens the chat on their phone, tells the bot their bike was stolen,
 * answers its questions by buttons and in words, and is handed over: with no handler free, they see
 * their place in the queue and the wait. Then they end the chat, ask for a copy by email and answer
 * the survey. Every page passes axe at 360 px.
 */
@ExtendWith(PortalServer.class)
class CitizenChatsWithBotJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void anAnonymousPersonTalksToTheBotIsHandedOverAndSeesTheirPlaceInTheQueue() {
    HandlerThroughApi.everyoneAway(); // nobody free: the chat waits in the queue
    CitizenPages pages = new CitizenPages(browser, "chat-bot");
    Page page = browser.page();

    page.navigate(PortalServer.baseUrl() + "/");
    pages.at("Report a crime and follow your case", "home");
    page.locator("#nav-chat").click();
    pages.at("Chat with us", "chat-start");
    assertThat(page.locator("#chat-exit-help")).containsText("press the Shift key 3 times");
    assertThat(page.locator("#quick-exit")).isVisible();

    page.locator("#chat-start").click();
    assertThat(bot(page).first()).containsText("police contact assistant");
    assertThat(log(page)).hasAttribute("role", "log");
    assertThat(log(page)).hasAttribute("aria-live", "polite");
    pages.seen("chat-bot-greets");

    ChatPages.talkToTheBotUntilHandedOver(
        page, "Someone stole my bike from outside the library yesterday afternoon");

    assertThat(page.locator("#chat-queue")).hasText(ChatPages.QUEUE);
    assertThat(page.locator("#chat-queue")).hasAttribute("role", "status");
    assertThat(page.locator("#chat-choices")).isHidden();
    assertThat(page.locator("#chat-log .chat-message--citizen").first()).containsText("Sent");
    Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    assertThat(fits).as("no sideways scrolling at 360 px").isEqualTo(true);
    pages.seen("chat-queue");

    page.locator("#chat-end").click();
    assertThat(page.locator("#chat-end-confirmation"))
        .containsText("Are you sure you want to end this chat?");
    page.locator("#chat-end-confirm").click();
    assertThat(page.locator("#chat-ended")).hasText("This chat has ended");
    assertThat(page.locator("#chat-input")).isHidden();
    assertThat(bot(page).first()).containsText("police contact assistant");
    pages.seen("chat-ended");

    page.locator("#transcript-send").click();
    assertThat(page.locator("#transcript-email-error")).containsText("Enter your email address");
    pages.seen("chat-email-missing");
    page.locator("#transcript-email").fill("bike-owner@example.org");
    page.locator("#transcript-send").click();
    assertThat(page.locator("#transcript-sent"))
        .hasText("We have sent a copy of this chat to bike-owner@example.org.");
    assertThat(CitizenPages.mailSubjects("bike-owner@example.org", "chat"))
        .as("the copy arrives")
        .isNotEmpty();

    page.locator("#survey-rating-4").check();
    page.locator("#survey-again").check();
    page.locator("#survey-101-3").check();
    page.locator("#survey-send").click();
    assertThat(page.locator("#survey-thanks")).containsText("Thank you for your answers");
    pages.seen("chat-thanks");
  }

  @Test
  void aSignedInCitizenChatsAsThemselvesAndIsOfferedACopyAtTheirOwnAddress() {
    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/report");
    SignInJourney.signInAs(page, "alice");
    assertThat(page.locator("#nav-chat")).isVisible();

    ChatPages.startChat(page);
    int bots = ChatPages.bot(page).count();
    ChatPages.say(page, "I want to ask about my case");
    assertThat(ChatPages.bot(page)).hasCount(bots + 1); // the stream reaches a signed-in chat too

    page.locator("#chat-end").click();
    page.locator("#chat-end-confirm").click();
    assertThat(page.locator("#chat-ended")).isVisible();
    assertThat(page.locator("#transcript-email")).hasValue("alice@example.org");
    new CitizenPages(browser, "chat-signed-in").seen("chat-ended-signed-in");
  }

  @Test
  void theChatPageIsNeverStoredByTheBrowser() {
    Response response = browser.page().navigate(PortalServer.baseUrl() + "/chat");
    assertThat(response.headers().get("cache-control")).contains("no-store");
  }
}
