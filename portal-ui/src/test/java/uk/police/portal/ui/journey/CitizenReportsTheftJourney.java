package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alice reports the theft of her bike on her phone, from the start page to the crime reference,
 * finds it in "Your cases" and on its case page, adds information, and gets a confirmation email
 * whose subject says nothing about the crime.
 */
@ExtendWith(PortalServer.class)
class CitizenReportsTheftJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aliceReportsATheftAndFindsItInHerCases() {
    CitizenPages pages = new CitizenPages(browser, "theft");
    Page page = browser.page();
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);

    page.navigate(PortalServer.baseUrl() + "/");
    pages.at("Report a crime and follow your case", "home");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
    SignInJourney.signInAs(page, "alice");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your cases")))
        .isVisible();
    pages.startReport();

    pages.at("What do you want to report?", "type-of-crime");
    pages.choose("Theft");
    pages.next();

    pages.at("Is it happening now, or is anyone in danger?", "happening-now");
    pages.choose("No");
    pages.next();

    pages.at("When did it happen?", "when");
    pages.type("Day", String.valueOf(yesterday.getDayOfMonth()));
    pages.type("Month", String.valueOf(yesterday.getMonthValue()));
    pages.type("Year", String.valueOf(yesterday.getYear()));
    pages.type("What time did it happen? (optional)", "between 9am and 5pm");
    pages.next();

    pages.at("Where did it happen?", "where");
    pages.type("Where did it happen?", "The bike rack outside the library on High Street");
    pages.next();

    pages.at("What was taken or damaged?", "what-was-taken");
    pages.type("What was taken or damaged?", "Black Raleigh bike, frame number RB1234");
    pages.type("What was it worth? (optional)", "350");
    pages.next();

    pages.at("Was anyone hurt?", "injuries");
    pages.next();

    pages.at("What happened?", "what-happened");
    pages.type(
        "What happened?",
        "I locked my bike to the rack in the morning. When I came back after work the lock had"
            + " been cut and the bike was gone.");
    pages.next();

    pages.at("Can you tell us anything about who did it?", "suspect");
    pages.next();
    pages.at("Did anyone see what happened?", "witnesses");
    pages.next();

    pages.at("Who did it happen to?", "who-it-happened-to");
    pages.choose("Me");
    pages.next();

    pages.at("Help and support", "support");
    assertThat(page.getByText("You do not have to answer these questions.")).isVisible();
    pages.next();

    pages.at("How can we contact you?", "contact");
    pages.choose("Email");
    pages.type("Email address", "alice@example.org");
    pages.next();

    pages.at("Staying safe when we contact you", "staying-safe");
    pages.choose("No");
    pages.type("Code word (optional)", "bluebell");
    pages.next();

    pages.at("Check your answers before sending your report", "check-answers");
    assertThat(page.locator("main")).containsText("Theft");
    assertThat(page.locator("main"))
        .containsText("The bike rack outside the library on High Street");
    assertThat(page.getByText("£350")).isVisible();

    // A change goes back to its page and returns here.
    page.locator(".summary-list__row")
        .filter(
            new com.microsoft.playwright.Locator.FilterOptions().setHasText("Where it happened"))
        .getByRole(AriaRole.LINK)
        .click();
    pages.at("Where did it happen?", "change-where");
    assertThat(pages.field("Where did it happen?"))
        .hasValue("The bike rack outside the library on High Street");
    pages.type("Where did it happen?", "The bike rack outside the library, High Street, Leeds");
    pages.next();
    pages.at("Check your answers before sending your report", "check-answers-changed");
    assertThat(page.getByText("The bike rack outside the library, High Street, Leeds")).isVisible();

    pages.button("Send report");
    pages.at("Report sent", "confirmation");
    String reference = pages.reference(page.locator("#crime-reference").innerText());
    assertThat(page.locator(".panel")).containsText("Your crime reference number");
    assertThat(page.locator("#email-sent"))
        .hasText("We have sent a confirmation email to alice@example.org.");
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("What happens next")))
        .isVisible();
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("How to contact us")))
        .isVisible();

    // While reporting: the case exists now, so files can be added straight away.
    page.locator("#evidence-upload input[type=file]")
        .setInputFiles(
            new com.microsoft.playwright.options.FilePayload(
                "receipt.txt",
                "text/plain",
                "Raleigh bike, bought for 350 pounds.".getBytes(StandardCharsets.UTF_8)));
    assertThat(page.locator("#evidence-receipts .receipt")).containsText("Receipt for receipt.txt");
    assertThat(page.locator("#evidence-receipts .receipt"))
        .containsText("We have also emailed you this receipt.");
    pages.seen("confirmation-with-receipt");

    pages.link("Your cases");
    pages.at("Your cases", "your-cases");
    assertThat(page.locator("#cases")).containsText(reference);
    assertThat(page.locator("#cases")).containsText("Next update by");

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(reference)))
        .click();
    assertThat(page).hasURL(PortalServer.baseUrl() + "/cases/" + reference);
    assertThat(page.locator("#case-summary")).containsText(reference);
    assertThat(page.locator("#case-summary")).containsText("Officer in charge");
    assertThat(page.locator("#timeline")).containsText("Report received");
    pages.seen("case-page");

    pages.type("Add information to your report", "I found the receipt: the bike cost £350.");
    pages.button("Add information");
    assertThat(page.locator("#case-notice"))
        .hasText("We have added your information to your case.");
    assertThat(page.locator("#timeline li").first())
        .containsText("I found the receipt: the bike cost £350.");
    pages.type("Send a message", "Is there CCTV at the library?");
    pages.button("Send message");
    assertThat(page.locator("#messages")).containsText("Is there CCTV at the library?");
    pages.seen("case-page-after-adding");

    List<String> subjects = CitizenPages.mailSubjects("alice@example.org", reference);
    assertThat(subjects).as("mail to alice@example.org").anyMatch(s -> s.contains(reference));
    subjects.stream()
        .filter(s -> s.contains(reference))
        .forEach(
            subject ->
                assertThat(subject.toLowerCase())
                    .doesNotContain("theft", "bike", "stolen", "library", "high street"));
  }
}
