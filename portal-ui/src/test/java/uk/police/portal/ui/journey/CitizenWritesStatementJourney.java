package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alice writes a witness statement on her phone: about her, her account, a check with a change, the
 * s.9 declaration (refused until she confirms it), signed. The confirmation shows version 1 and its
 * SHA-256, and the PDF she downloads has exactly that SHA-256. She corrects it: version 2, which
 * says it corrects version 1, and her case page shows both.
 */
@ExtendWith(PortalServer.class)
class CitizenWritesStatementJourney {

  static final String ACCOUNT =
      "At about 8pm on Tuesday I saw a man cut the lock on my bike outside the library. He was"
          + " tall, thin, wore a red jacket and had a deep voice. He said \"keep walking\" and rode"
          + " away north. A woman with a dog also saw it.";

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aliceWritesSignsDownloadsAndCorrectsHerStatement() throws Exception {
    String token = ArrangeThroughApi.token("alice");
    String reference = ArrangeThroughApi.reportTheft(token, "My bike was taken from the rack.");
    CitizenPages pages = new CitizenPages(browser, "statement");
    Page page = browser.page();

    page.navigate(PortalServer.baseUrl() + "/cases/" + reference);
    SignInJourney.signInAs(page, "alice");
    pages.at("Theft", "case-page");
    assertThat(page.locator("#statement")).containsText("Your witness statement");
    pages.link("Write a witness statement");

    pages.at("About you", "about-you");
    assertThat(pages.field("Full name")).not().hasValue("");
    pages.type("Full name", "Alice Ashworth");
    pages.choose("Yes");
    pages.next();
    pages.problem("Enter your address");
    pages.seen("about-you-error");
    pages.type("Address", "12 Acacia Avenue, Leeds LS1 1AA");
    pages.type("Phone number (optional)", "07700 900 982");
    pages.next();

    pages.at("Your account in your own words", "account");
    page.getByText("What to include").click();
    assertThat(page.locator("main")).containsText("height, build, clothing, voice");
    assertThat(page.locator("main")).containsText("You can write in your own language");
    pages.type("Your account in your own words", ACCOUNT);
    pages.next();

    pages.at("Check your statement", "check");
    assertThat(page.locator("main")).containsText(ACCOUNT);
    assertThat(page.locator("main")).containsText("12 Acacia Avenue, Leeds LS1 1AA");
    page.locator(".summary-list__row")
        .filter(new Locator.FilterOptions().setHasText("Occupation"))
        .getByRole(com.microsoft.playwright.options.AriaRole.LINK)
        .click();
    pages.at("About you", "change-about-you");
    pages.type("Occupation (optional)", "Nurse");
    pages.next();
    pages.at("Check your statement", "check-changed");
    assertThat(page.locator("main")).containsText("Nurse");
    pages.next();

    pages.at("Declaration", "declaration");
    assertThat(page.locator("#s9-declaration"))
        .hasText(
            "This statement is true to the best of my knowledge and belief and I make it knowing"
                + " that, if it is tendered in evidence, I shall be liable to prosecution if I"
                + " have wilfully stated in it anything which I know to be false, or do not"
                + " believe to be true.");
    assertThat(page.locator("main")).containsText("we sign it with your portal account");
    pages.button("Sign and send statement");
    pages.problem("Select I confirm this statement is true to sign your statement");
    pages.seen("declaration-error");
    pages.choose("I confirm this statement is true");
    pages.button("Sign and send statement");

    pages.at("Statement signed", "signed-version-1");
    assertThat(page.locator("#statement-version")).hasText("Version 1");
    String shown = page.locator("#statement-facts .fingerprint").innerText().strip();
    assertThat(shown).matches("[0-9a-f]{64}");
    Download pdf = page.waitForDownload(() -> pages.link("Download your signed statement (PDF)"));
    byte[] bytes = Files.readAllBytes(pdf.path());
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(CitizenAddsEvidenceJourney.sha256(bytes)).isEqualTo(shown);

    pages.link("Go back to your case");
    pages.at("Theft", "case-page-with-statement");
    Locator statement = page.locator("#statement");
    assertThat(statement).containsText("Version 1");
    assertThat(statement.locator(".fingerprint")).hasText(shown);
    pages.link("Correct your statement");

    pages.at("About you", "correction-about-you");
    assertThat(pages.field("Address")).hasValue("12 Acacia Avenue, Leeds LS1 1AA");
    pages.next();
    pages.at("Your account in your own words", "correction-account");
    assertThat(pages.field("Your account in your own words")).hasValue(ACCOUNT);
    pages.type("Your account in your own words", ACCOUNT.replace("8pm", "9pm"));
    pages.next();
    pages.problem("Enter what you are correcting");
    pages.seen("correction-reason-missing");
    pages.type("What are you correcting?", "The time was 9pm, not 8pm.");
    pages.next();
    pages.at("Check your statement", "correction-check");
    assertThat(page.locator("main")).containsText("The time was 9pm, not 8pm.");
    pages.next();
    pages.at("Declaration", "correction-declaration");
    pages.choose("I confirm this statement is true");
    pages.button("Sign and send statement");

    pages.at("Statement signed", "signed-version-2");
    assertThat(page.locator("#statement-version")).hasText("Version 2");
    assertThat(page.locator("#statement-corrects")).hasText("This corrects version 1.");
    String second = page.locator("#statement-facts .fingerprint").innerText().strip();
    assertThat(second).isNotEqualTo(shown);

    pages.link("Go back to your case");
    pages.at("Theft", "case-page-with-correction");
    Locator versions = page.locator("#statement .statement-list__item");
    assertThat(versions).hasCount(2);
    assertThat(versions.first()).containsText("Version 2");
    assertThat(versions.first()).containsText("Version 1: The time was 9pm, not 8pm.");
    assertThat(versions.nth(1)).containsText("Corrected by");
  }

  @Test
  void bobIsToldAlicesCaseDoesNotExistAndStaffAreRefusedTheStatementPages() {
    String alicesCase =
        ArrangeThroughApi.reportTheft(ArrangeThroughApi.token("alice"), "My phone was taken.");
    CitizenPages pages = new CitizenPages(browser, "statement-not-yours");
    Page page = browser.page();

    page.navigate(PortalServer.baseUrl() + "/cases/" + alicesCase + "/statement?start=new");
    SignInJourney.signInAs(page, "bob");
    pages.at("We cannot find a case with that reference", "bob-alices-statement");
    assertThat(page.locator("#full-name")).hasCount(0);

    Page staff = browser.reopen();
    staff.navigate(PortalServer.baseUrl() + "/cases/" + alicesCase + "/statement");
    SignInJourney.signInAs(staff, "ian");
    pages.at("You cannot see this page", "investigator-statement-page");
  }
}
