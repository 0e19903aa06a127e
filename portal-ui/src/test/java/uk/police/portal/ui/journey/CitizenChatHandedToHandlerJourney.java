package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.ui.journey.StaffPages.heading;
import static uk.police.portal.ui.journey.StaffPages.signInAs;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main browser test. A citizen, not signed in, chats on their phone with the bot until
 * it hands over. Hannah, signed in on a desk in another browser, has made herself Available in her
 * console: the chat arrives with a tone, a "New chat" mark and an announcement, the bot's summary
 * on top. They write to each other and each sees the other's words; Hannah creates a case from the
 * chat and the citizen sees its reference in the chat.
 */
@ExtendWith(PortalServer.class)
class CitizenChatHandedToHandlerJourney {

  private static final Pattern REFERENCE = Pattern.compile("Case (PC-[A-Z0-9-]+) was created");

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aCitizenHandedOverByTheBotChatsWithHannahWhoCreatesACaseTheyGetTheReferenceOf() {
    SupervisorThroughApi.clearTheDesk(4);
    Page citizen = browser.page();
    Page hannah = desk(citizen);

    hannah.navigate(PortalServer.baseUrl() + "/staff/chats");
    signInAs(hannah, "hannah");
    assertThat(heading(hannah)).hasText("Your chats");
    assertThat(hannah.locator(".chat-console")).containsText("You have no open chats.");
    hannah.getByLabel("Available: give me chats").check();
    assertThat(hannah.locator("#console-announcer")).hasText("You are now available.");
    Accessibility.assertNoViolations(hannah);
    StaffPages.screenshot(hannah, "console-available");

    citizen.navigate(PortalServer.baseUrl() + "/chat");
    citizen.locator("#chat-start").click();
    assertThat(ChatPages.bot(citizen).first()).containsText("police contact assistant");
    ChatPages.talkToTheBotUntilHandedOver(
        citizen, "Someone stole my green Raleigh bike from outside the swimming pool yesterday");

    Locator card =
        hannah
            .locator(".chat-card")
            .filter(new Locator.FilterOptions().setHasText("green Raleigh"));
    assertThat(card).isVisible();
    assertThat(card.locator(".arrived-tag")).hasText("New chat");
    assertThat(hannah.locator("#console-announcer")).containsText("New chat: ");
    assertThat(card.locator(".bot-summary")).containsText("What the bot found");
    assertThat(card.locator(".bot-summary")).containsText("Theft");
    assertThat(card.getByRole(AriaRole.LOG)).containsText("green Raleigh");
    Object beeps = hannah.evaluate("window.portalBeeps || 0");
    assertThat(((Number) beeps).intValue()).as("a tone was played for the new chat").isOne();
    Accessibility.assertNoViolations(hannah);
    StaffPages.screenshot(hannah, "console-new-chat");

    assertThat(citizen.locator("#chat-handler")).containsText("Hannah");
    card.getByLabel("Your reply")
        .fill("Hello, I'm Hannah. I'm sorry about your bike. Was it locked?");
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send").setExact(true))
        .click();
    assertThat(ChatPages.fromHandler(citizen).last()).containsText("Was it locked?");
    assertThat(card.locator(".arrived-tag")).isHidden();
    assertThat(card.locator(".from-handler .ticks").last()).containsText("Delivered");

    ChatPages.say(citizen, "Yes, with a D-lock. It has a basket on the front.");
    assertThat(card.getByRole(AriaRole.LOG)).containsText("It has a basket on the front.");
    assertThat(card.locator(".oldest-tag")).containsText("Oldest unanswered message");
    browser.screenshot("chat-with-hannah");

    card.getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create a case from this chat"))
        .click();
    Locator dialog = hannah.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText("Create a case from this chat");
    Locator story = dialog.getByLabel("What happened");
    assertThat(story).not().hasValue("");
    story.fill(story.inputValue() + " It was locked with a D-lock and has a basket on the front.");
    if (dialog.getByLabel("Where it happened").inputValue().isBlank()) {
      dialog.getByLabel("Where it happened").fill("Outside the swimming pool");
    }
    StaffPages.screenshot(hannah, "console-case-dialog");
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create the case"))
        .click();
    assertThat(card.locator(".confirmation"))
        .containsText("The citizen has been sent the reference");
    Matcher created = REFERENCE.matcher(card.locator(".confirmation").innerText());
    assertThat(created.find()).as("the case reference is shown to Hannah").isTrue();
    String reference = created.group(1);

    assertThat(citizen.locator("#chat-case-reference-number")).hasText(reference);
    browser.screenshot("chat-case-reference");
    StaffPages.screenshot(hannah, "console-case-created");
    StaffPages.assertFitsAPhone(hannah, "console-phone");
  }

  /** Hannah works at a desk: the console is for a wide screen (the citizen is on a phone). */
  private static Page desk(Page citizen) {
    Page page =
        citizen
            .context()
            .browser()
            .newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))
            .newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }
}
