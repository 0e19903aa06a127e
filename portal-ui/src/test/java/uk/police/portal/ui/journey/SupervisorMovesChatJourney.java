package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.police.portal.ui.journey.StaffPages.heading;
import static uk.police.portal.ui.journey.StaffPages.signInAs;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nobody is free, so a citizen's chat waits in the general queue. Sam, the supervisor, sees it on
 * the chat board (priority, category, how long), moves it to the public protection queue with a
 * note, and lowers Hannah's limit; the board shows both. Hannah then becomes available and is given
 * the chat from its new queue.
 */
@ExtendWith(PortalServer.class)
class SupervisorMovesChatJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void samSeesTheWaitingChatMovesItToAnotherQueueAndChangesHannahsLimit() {
    SupervisorThroughApi.clearTheDesk(4);
    Page citizen = browser.page();
    citizen.navigate(PortalServer.baseUrl() + "/chat");
    citizen.locator("#chat-start").click();
    assertThat(ChatPages.bot(citizen).first()).containsText("police contact assistant");
    ChatPages.talkToTheBotUntilHandedOver(
        citizen, "Someone stole my grey scooter from outside the bakery this morning");
    assertThat(citizen.locator("#chat-queue")).hasText(ChatPages.QUEUE);

    Page sam =
        citizen
            .context()
            .browser()
            .newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))
            .newPage();
    sam.setDefaultTimeout(30_000);
    sam.navigate(PortalServer.baseUrl() + "/staff/chat-board");
    signInAs(sam, "sam");
    assertThat(heading(sam)).hasText("Live chat board");
    Locator general = sam.locator("#queue-general");
    assertThat(general.getByRole(AriaRole.HEADING)).hasText("General queue: 1 waiting");
    Locator waiting = general.locator(".waiting-chat");
    assertThat(waiting).containsText("Theft");
    assertThat(waiting).containsText("Waiting");
    Locator hannahRow =
        sam.locator(".chat-handler").filter(new Locator.FilterOptions().setHasText("(hannah)"));
    assertThat(hannahRow).containsText("Away. 0 of 4 chats.");
    Accessibility.assertNoViolations(sam);
    StaffPages.screenshot(sam, "chat-board");

    waiting.locator("summary").click();
    waiting.getByLabel("Public protection queue").check();
    waiting
        .getByLabel("Note for whoever takes it (staff only, optional)")
        .fill("The scooter belongs to her ex-partner's mother; ask about him.");
    waiting
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move the chat"))
        .click();
    assertThat(sam.locator("#confirmation"))
        .hasText("The chat was moved to the Public protection queue.");
    assertThat(general.getByRole(AriaRole.HEADING)).hasText("General queue: 0 waiting");
    Locator protection = sam.locator("#queue-public-protection");
    assertThat(protection.getByRole(AriaRole.HEADING))
        .hasText("Public protection queue: 1 waiting");

    hannahRow.locator("summary").click();
    hannahRow.getByLabel("Chats at once (1 to 10)").fill("2");
    hannahRow
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the change"))
        .click();
    assertThat(sam.locator("#confirmation"))
        .hasText("Hannah (hannah) now takes up to 2 chats from General, Public protection.");
    assertThat(hannahRow).containsText("Away. 0 of 2 chats.");
    Accessibility.assertNoViolations(sam);
    StaffPages.screenshot(sam, "chat-board-moved");

    try (HandlerThroughApi hannah = new HandlerThroughApi("hannah").available()) {
      hannah.chatMentioning("grey scooter");
      assertThat(protection.getByRole(AriaRole.HEADING))
          .hasText("Public protection queue: 0 waiting");
      assertThat(hannahRow).containsText("Available. 1 of 2 chats.");
      assertThat(citizen.locator("#chat-handler")).containsText("Hannah");
      assertThat(hannahRow.locator(".waiting-chat")).containsText("With them for");
      StaffPages.assertFitsAPhone(sam, "chat-board-phone");
    }
  }
}
