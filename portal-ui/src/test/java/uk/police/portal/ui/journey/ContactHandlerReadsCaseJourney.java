package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.ui.journey.StaffPages.button;
import static uk.police.portal.ui.journey.StaffPages.heading;
import static uk.police.portal.ui.journey.StaffPages.signInAs;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.police.portal.ui.caseapi.control.EvidenceFiles;

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

  /**
   * Hannah sees what files Alice sent but cannot open one: no preview, player or download on her
   * page, the address Ian's page downloads from gives her nothing, and the portal's own streaming
   * client, asking case-api with her token, is refused.
   */
  @Test
  void contactHandlerSeesTheListOfFilesButCannotHaveOne() throws IOException {
    byte[] receipt =
        "Receipt: Carrera bike, bought 3 May 2025 for 450 pounds.\n"
            .getBytes(StandardCharsets.UTF_8);
    String alice = ArrangeThroughApi.token("alice");
    String reference = ArrangeThroughApi.reportTheft(alice, "My bike was taken from the shed.");
    JsonNode added = ArrangeThroughApi.upload(alice, reference, "receipt.txt", receipt);

    Page ian = browser.page();
    ian.navigate(PortalServer.baseUrl() + "/staff/cases/" + reference + "?reason=Investigation");
    signInAs(ian, "ian");
    String href =
        InvestigatorExaminesEvidenceJourney.item(ian, "receipt.txt")
            .getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download receipt.txt"))
            .getAttribute("href");
    String address = PortalServer.baseUrl() + "/" + href.replaceFirst("^/", "");
    APIResponse forIan = ian.request().get(address);
    assertThat(forIan.status()).isEqualTo(200);
    assertThat(forIan.body()).isEqualTo(receipt);

    Page hannah = StaffPages.anotherPhone(ian);
    hannah.navigate(
        PortalServer.baseUrl()
            + "/staff/cases/"
            + reference
            + "?reason="
            + ArrangeThroughApi.encode("Victim asked for an update by phone"));
    signInAs(hannah, "hannah");
    Locator evidence = hannah.locator("#evidence");
    assertThat(evidence)
        .containsText(
            "Contact handlers cannot open evidence files. Ask the officer in charge if you need"
                + " to.");
    Locator item = InvestigatorExaminesEvidenceJourney.item(hannah, "receipt.txt");
    assertThat(item).containsText("text file");
    assertThat(item.locator("code.sha256")).hasText(ArrangeThroughApi.sha256(receipt));
    assertThat(evidence.getByRole(AriaRole.LINK)).hasCount(0);
    assertThat(evidence.locator("img, video, details")).hasCount(0);
    assertThat(hannah.locator("main").getByRole(AriaRole.BUTTON)).hasCount(0);
    Accessibility.assertNoViolations(hannah);
    StaffPages.screenshot(hannah, "staff-case-evidence-contact-handler");

    APIResponse forHannah = hannah.request().get(address);
    assertThat(forHannah.status()).isEqualTo(404);
    assertThat(new String(forHannah.body(), StandardCharsets.UTF_8)).doesNotContain("Carrera");

    EvidenceFiles asHannah =
        new EvidenceFiles(ArrangeThroughApi.api(), ArrangeThroughApi.token("hannah"));
    try (EvidenceFiles.Answer answer =
        asHannah.content(reference, added.get("id").asLong(), "Investigation", null)) {
      assertThat(answer.status()).isEqualTo(403);
      assertThat(new String(answer.body().readAllBytes(), StandardCharsets.UTF_8))
          .doesNotContain("Carrera");
    }
  }
}
