package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bob gets things wrong the ways people do: no answer, a date in the future, 50,000 characters,
 * HTML in every box. Each page says what to fix, beside the field and in a summary at the top,
 * keeps what he typed, and shows his HTML back to him as the text he typed.
 */
@ExtendWith(PortalServer.class)
class ReportBadInputJourney {

  static final String HTML = "<script>alert(1)</script><b>bold</b>";

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void eachMistakeIsExplainedOnItsPageAndNothingTypedIsLost() {
    CitizenPages pages = new CitizenPages(browser, "bad-input");
    Page page = browser.page();
    List<String> dialogs = new ArrayList<>();
    page.onDialog(
        dialog -> {
          dialogs.add(dialog.message());
          dialog.dismiss();
        });
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);

    page.navigate(PortalServer.baseUrl() + "/report");
    SignInJourney.signInAs(page, "bob");
    pages.startReport();

    pages.next();
    pages.problem("Select what you want to report");
    pages.seen("no-category");
    // Fraud is for Action Fraud: a page that says so, with a link, and no report is made.
    pages.choose("Fraud or a scam");
    pages.next();
    pages.at("Report fraud to Action Fraud", "referral-fraud");
    assertThat(page.locator("#partner-link"))
        .hasAttribute("href", "https://www.actionfraud.police.uk/");
    assertThat(page.getByText("We have not made a police report of this.")).isVisible();
    pages.link("Back");
    pages.at("What do you want to report?", "type-of-crime-again");
    pages.choose("Theft");
    pages.next();

    pages.at("Is it happening now, or is anyone in danger?", "happening-now");
    pages.choose("No");
    pages.next();

    pages.at("When did it happen?", "when");
    pages.type("Day", String.valueOf(tomorrow.getDayOfMonth()));
    pages.type("Month", String.valueOf(tomorrow.getMonthValue()));
    pages.type("Year", String.valueOf(tomorrow.getYear()));
    pages.type("What time did it happen? (optional)", HTML);
    pages.next();
    pages.problem("Date it happened must be today or in the past");
    assertThat(pages.field("Day")).hasValue(String.valueOf(tomorrow.getDayOfMonth()));
    assertThat(pages.field("Month")).hasValue(String.valueOf(tomorrow.getMonthValue()));
    assertThat(pages.field("Year")).hasValue(String.valueOf(tomorrow.getYear()));
    assertThat(pages.field("What time did it happen? (optional)")).hasValue(HTML);
    pages.seen("future-date");
    pages.type("Day", "1");
    pages.type("Month", "11");
    pages.type("Year", "2026");
    pages.next();

    pages.at("Where did it happen?", "where");
    pages.next();
    pages.problem("Enter where it happened");
    pages.seen("where-missing");
    pages.type("Where did it happen?", HTML);
    pages.next();

    pages.at("What was taken or damaged?", "what-was-taken");
    pages.type("What was taken or damaged?", HTML);
    pages.type("What was it worth? (optional)", "12.50");
    pages.next();
    pages.problem("The value must be in whole pounds, like 250");
    assertThat(pages.field("What was it worth? (optional)")).hasValue("12.50");
    assertThat(pages.field("What was taken or damaged?")).hasValue(HTML);
    pages.seen("value-not-whole");
    pages.type("What was it worth? (optional)", "12");
    pages.next();

    pages.at("Was anyone hurt?", "injuries");
    // Something that sounds like danger now: the 999 advice at once, and Continue still works.
    pages.type(
        "Was anyone hurt?",
        "He's downstairs shouting that he will kill me, I've locked myself in the bathroom");
    pages.next();
    Locator advice = page.locator("#emergency-advice");
    assertThat(advice).isVisible();
    assertThat(advice).hasAttribute("role", "alert");
    assertThat(advice).containsText("Call 999 if you or someone else is in danger now");
    assertThat(pages.h1()).hasText("Was anyone hurt?");
    pages.seen("emergency-advice");
    pages.next();
    pages.at("What happened?", "after-emergency-advice");
    pages.link("Back");
    pages.at("Was anyone hurt?", "injuries-again");
    pages.type("Was anyone hurt?", HTML);
    pages.next();

    pages.at("What happened?", "what-happened");
    pages.next();
    pages.problem("Enter what happened");
    pages.seen("what-happened-missing");

    String fiftyThousand = "My bike was stolen. ".repeat(2_500);
    assertThat(fiftyThousand).hasSize(50_000);
    pages.type("What happened?", fiftyThousand);
    pages.next();
    String tooLong = "What happened must be 10,000 characters or fewer. You have typed 50,000.";
    pages.problem(tooLong);
    assertThat(pages.field("What happened?")).hasValue(fiftyThousand);
    // The summary's link takes the person to the box.
    page.locator(".error-summary a").first().click();
    assertThat(page.locator("#what-happened")).isFocused();
    pages.seen("what-happened-too-long");
    pages.type("What happened?", HTML + " Someone took my bike from the rack.");
    pages.next();

    pages.at("Can you tell us anything about who did it?", "suspect");
    pages.type("Can you tell us anything about who did it?", HTML);
    pages.next();
    pages.at("Did anyone see what happened?", "witnesses");
    pages.type("Did anyone see what happened?", HTML);
    pages.next();

    pages.at("Who did it happen to?", "who-it-happened-to");
    pages.choose("Someone else");
    pages.next();
    pages.problem("Enter their full name");
    pages.seen("someone-else-missing");
    pages.type("Their full name", HTML);
    pages.type("How do you know them?", "my <i>son</i>");
    pages.next();

    pages.at("Help and support", "support");
    pages.type("Is there anything that would help us support you? (optional)", HTML);
    pages.next();

    pages.at("How can we contact you?", "contact");
    pages.next();
    pages.problem("Select how we can contact you");
    pages.seen("contact-missing");
    pages.choose("Email");
    pages.type("Email address", "bob at example");
    pages.next();
    pages.problem("Enter an email address in the correct format, like name@example.com");
    assertThat(pages.field("Email address")).hasValue("bob at example");
    pages.seen("email-wrong");
    pages.type("Email address", "bob@example.org");
    pages.next();

    pages.at("Staying safe when we contact you", "staying-safe");
    pages.type("When is it safe to contact you? (optional)", HTML);
    pages.type("Code word (optional)", HTML);
    pages.next();
    pages.problem("Select yes if we can leave a message");
    assertThat(pages.field("Code word (optional)")).hasValue(HTML);
    pages.seen("messages-missing");
    pages.choose("No");
    pages.next();

    pages.at("Check your answers before sending your report", "check-answers");
    // Shown as the characters typed: a summary row per box, and no element made from them.
    assertThat(
            page.locator(".summary-list__value")
                .filter(new Locator.FilterOptions().setHasText(HTML)))
        .hasCount(11);
    assertThat(page.locator("main b")).hasCount(0);
    assertThat(page.locator("main i")).hasCount(0);
    assertThat(page.locator("main script")).hasCount(0);
    assertThat(page.getByText("Someone else: " + HTML + " (my <i>son</i>)")).isVisible();

    pages.button("Send report");
    pages.at("Report sent", "confirmation");
    pages.link("See your case");
    assertThat(page.locator("#case-heading")).hasText("Theft");
    page.locator("summary")
        .filter(new Locator.FilterOptions().setHasText("Your report as you sent it"))
        .click();
    assertThat(page.getByText(HTML + " Someone took my bike from the rack.")).isVisible();
    assertThat(page.locator("main b")).hasCount(0);
    pages.seen("case-page");

    assertThat(dialogs).as("script run from what bob typed").isEmpty();
  }
}
