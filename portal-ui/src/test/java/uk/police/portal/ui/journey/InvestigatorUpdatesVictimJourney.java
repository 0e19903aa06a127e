package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.police.portal.ui.journey.StaffPages.action;
import static uk.police.portal.ui.journey.StaffPages.button;
import static uk.police.portal.ui.journey.StaffPages.expectConfirmation;
import static uk.police.portal.ui.journey.StaffPages.heading;
import static uk.police.portal.ui.journey.StaffPages.signInAs;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alice reported a theft. Ian finds it among the cases nobody holds, takes it, reads her
 * safe-contact wishes, posts an update and an internal note and records an arrest; Alice sees the
 * update on her timeline, and neither the note nor the arrest entry.
 */
@ExtendWith(PortalServer.class)
class InvestigatorUpdatesVictimJourney {

  static final String UPDATE = "We have looked at the CCTV from the shop.";
  static final String NOTE = "Shop manager was reluctant to hand over the footage.";

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void investigatorTakesACasePostsAnUpdateAndTheVictimSeesIt() {
    String reference =
        ArrangeThroughApi.reportTheft(
            ArrangeThroughApi.token("alice"), "My bike was taken from outside the shop.");

    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/staff");
    signInAs(page, "ian");
    assertThat(heading(page)).hasText("Work queue");
    Locator unassigned = page.locator("#queue-unassigned");
    Locator row =
        unassigned.locator(".queue-row").filter(new Locator.FilterOptions().setHasText(reference));
    assertThat(row).containsText("Theft");
    // A new case already has a routine update due; the tag says when, in words.
    assertThat(row.locator(".due-tag"))
        .hasText(Pattern.compile("^Update due (today|by \\d{1,2} [A-Z][a-z]+ \\d{4})$"));
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-work-queue-ian");

    row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
    assertThat(heading(page)).hasText("Case " + reference);
    assertThat(page.getByText("You opened this case for: Work queue.")).isVisible();
    Locator safeContact = page.locator("#safe-contact");
    assertThat(safeContact).containsText("Before you contact the victim");
    assertThat(safeContact).containsText("Email: alice@example.org");
    assertThat(safeContact).containsText("No. Do not leave voicemail");
    assertThat(safeContact).containsText("Weekdays after 6pm");
    assertThat(safeContact).containsText("bluebell");
    assertThat(page.locator("#report")).containsText("My bike was taken from outside the shop.");
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-case-unassigned-ian");

    button(page, "Take this case").click();
    expectConfirmation(
        page, "You have taken this case. It is in your work queue under \"Assigned to you\".");
    assertThat(page.locator("#summary")).containsText("Ian");

    Locator update = action(page, "Post an update or an internal note");
    update.getByLabel("The victim: an update on their case page").check();
    update.getByLabel("Your update or note").fill(UPDATE);
    Accessibility.assertNoViolations(page);
    update.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post")).click();
    expectConfirmation(
        page, "Your update is on the case. The victim can see it on their case page.");
    assertThat(page.locator("#timeline")).containsText(UPDATE);

    Locator note = action(page, "Post an update or an internal note");
    note.getByLabel("Police only: an internal note").check();
    note.getByLabel("Your update or note").fill(NOTE);
    note.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post")).click();
    expectConfirmation(page, "Your internal note is on the case. The victim cannot see it.");
    assertThat(
            page.locator("#timeline .timeline-entry")
                .filter(new Locator.FilterOptions().setHasText(NOTE)))
        .containsText("Internal note: not shown to the victim");

    Locator keyEvent = action(page, "Record a key event");
    assertThat(keyEvent).containsText("the victim must be told within 5 working days");
    keyEvent.getByLabel("A suspect was arrested").check();
    keyEvent
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the key event"))
        .click();
    assertThat(page.locator("#confirmation"))
        .hasText(
            Pattern.compile(
                "^Recorded: a suspect was arrested\\. The victim must be told by \\d{1,2} [A-Z][a-z]+ \\d{4}\\.$"));
    String confirmed = page.locator("#confirmation").textContent();
    String dueBy = confirmed.substring(confirmed.indexOf("told by ") + 8, confirmed.length() - 1);
    assertThat(page.locator("#summary")).containsText("Due by " + dueBy + ".");

    // Every action open at once, so the accessibility check sees every form.
    for (String other :
        List.of(
            "Ask the victim for information",
            "Send a secure message",
            "Change the status",
            "Record a key event",
            "Record the outcome")) {
      action(page, other);
    }
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-case-update-posted");

    page.navigate(PortalServer.baseUrl() + "/staff");
    assertThat(
            page.locator("#queue-mine .queue-row")
                .filter(new Locator.FilterOptions().setHasText(reference)))
        .hasCount(1);

    // Alice, on her own phone: the update is on her timeline; the note and the arrest entry are
    // not.
    Page alice = StaffPages.anotherPhone(page);
    alice.navigate(PortalServer.baseUrl() + "/cases/" + reference);
    signInAs(alice, "alice");
    assertThat(alice.getByText(UPDATE)).isVisible();
    assertThat(alice.getByText(NOTE)).hasCount(0);
    assertThat(alice.getByText("A suspect was arrested")).hasCount(0);
    Accessibility.assertNoViolations(alice);
    StaffPages.screenshot(alice, "citizen-sees-investigator-update");
  }
}
