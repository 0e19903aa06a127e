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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ian read a case for an investigation. Sam, a supervisor, finds it under all cases, gives it to
 * Ian, and reads the case's audit log: Ian's read is there with his reason.
 */
@ExtendWith(PortalServer.class)
class SupervisorAssignsCaseJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void supervisorAssignsACaseAndSeesWhoReadItAndWhy() {
    String reference =
        ArrangeThroughApi.reportTheft(
            ArrangeThroughApi.token("alice"), "Someone took my phone from my bag on the bus.");
    ArrangeThroughApi.get(
        ArrangeThroughApi.token("ian"),
        "/cases/" + reference + "?reason=" + ArrangeThroughApi.encode("Checking CCTV requests"));

    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/staff");
    signInAs(page, "sam");
    assertThat(heading(page)).hasText("Work queue");
    Locator all = page.locator("#queue-all");
    assertThat(all.getByRole(AriaRole.HEADING)).hasText("All cases");
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-work-queue-sam");

    all.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
    assertThat(heading(page)).hasText("Case " + reference);

    Locator assign = action(page, "Assign this case");
    assign.getByLabel("Ian Irving (ian)").check();
    Accessibility.assertNoViolations(page);
    assign.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign")).click();
    expectConfirmation(page, "The case is now assigned to Ian Irving.");
    assertThat(page.locator("#summary")).containsText("Ian Irving");

    button(page, "Show the audit log of this case").click();
    Locator iansRead =
        page.locator("#audit .audit-record")
            .filter(new Locator.FilterOptions().setHasText("Checking CCTV requests"));
    assertThat(iansRead.first()).containsText("ian (investigator)");
    assertThat(iansRead.first()).containsText("Opened the case");
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-case-audit-log-sam");
  }
}
