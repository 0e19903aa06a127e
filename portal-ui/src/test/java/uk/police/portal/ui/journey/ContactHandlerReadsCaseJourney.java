package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.police.portal.ui.journey.StaffPages.button;
import static uk.police.portal.ui.journey.StaffPages.heading;
import static uk.police.portal.ui.journey.StaffPages.signInAs;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alice rings about her case. Hannah, a contact handler, opens the address she was given without a
 * reason and is asked for one first; then finds the case by its reference, saying why, reads it,
 * and is offered nothing she could change.
 */
@ExtendWith(PortalServer.class)
class ContactHandlerReadsCaseJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void contactHandlerOpensACaseWithAReasonAndSeesNoActions() {
    String reference =
        ArrangeThroughApi.reportTheft(
            ArrangeThroughApi.token("alice"), "My bike was taken from outside the shop.");

    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/staff/cases/" + reference);
    signInAs(page, "hannah");
    assertThat(heading(page)).hasText("Case " + reference);
    assertThat(page.getByText("Why are you opening this case?")).isVisible();
    assertThat(page.locator("#safe-contact")).hasCount(0);
    assertThat(page.getByText("My bike was taken")).hasCount(0);
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-case-asks-reason");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff cases")).click();
    assertThat(heading(page)).hasText("Find a case");
    page.getByLabel("Crime reference").fill(reference.toLowerCase().replace("-", " "));
    button(page, "Open the case").click();
    assertThat(page.getByText("Choose why you are opening this case.")).isVisible();
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-find-case-needs-reason");

    page.getByLabel("Victim asked for an update by phone").check();
    button(page, "Open the case").click();
    assertThat(heading(page)).hasText("Case " + reference);
    assertThat(page.getByText("You opened this case for: Victim asked for an update by phone."))
        .isVisible();
    assertThat(page.locator("#safe-contact")).containsText("bluebell");
    assertThat(page.locator("#report")).containsText("My bike was taken from outside the shop.");
    assertThat(page.locator("#actions")).containsText("You can read this case but not act on it.");
    assertThat(page.locator("main").getByRole(AriaRole.BUTTON)).hasCount(0);
    assertThat(page.locator("details.action")).hasCount(0);
    assertThat(page.locator("#audit")).hasCount(0);
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-case-contact-handler");
  }
}
