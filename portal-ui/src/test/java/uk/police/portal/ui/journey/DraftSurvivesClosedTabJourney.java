package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alice starts a report, closes the browser half way, opens it again later (nothing kept: a new
 * session), and "Continue your report" brings her answers back from case-api.
 */
@ExtendWith(PortalServer.class)
class DraftSurvivesClosedTabJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aClosedTabLosesNothing() {
    CitizenPages pages = new CitizenPages(browser, "draft");
    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/report");
    SignInJourney.signInAs(page, "alice");
    pages.startReport();
    pages.choose("Vehicle crime");
    pages.next();
    pages.at("Is it happening now, or is anyone in danger?", "happening-now");
    pages.choose("No");
    pages.next();
    pages.at("When did it happen?", "when");
    pages.type("Day", "14");
    pages.type("Month", "11");
    pages.type("Year", "2026");
    pages.type("What time did it happen? (optional)", "overnight");
    pages.next();
    pages.at("Where did it happen?", "where");
    pages.type("Where did it happen?", "Outside 12 Park Road, my car was parked on the street");
    pages.next();
    pages.at("What was taken or damaged?", "what-was-taken");

    page = browser.reopen();
    page.navigate(PortalServer.baseUrl() + "/report");
    SignInJourney.signInAs(page, "alice");
    pages.at("Report a crime", "start-with-draft");
    assertThat(page.locator("#continue-report")).isVisible();
    assertThat(page.locator("#start-again")).isVisible();
    assertThat(page.getByText("You have a report you have not sent yet")).isVisible();

    pages.button("Continue your report");
    pages.at("What was taken or damaged?", "continued");
    pages.link("Back");
    pages.at("Where did it happen?", "back-to-where");
    assertThat(pages.field("Where did it happen?"))
        .hasValue("Outside 12 Park Road, my car was parked on the street");
    pages.link("Back");
    pages.at("When did it happen?", "back-to-when");
    assertThat(pages.field("Day")).hasValue("14");
    assertThat(pages.field("Month")).hasValue("11");
    assertThat(pages.field("Year")).hasValue("2026");
    assertThat(pages.field("What time did it happen? (optional)")).hasValue("overnight");
    pages.link("Back");
    pages.link("Back");
    pages.at("What do you want to report?", "back-to-type");
    assertThat(pages.field("Vehicle crime")).isChecked();
  }
}
