package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alice adds a photo that holds its location and a text file to her case at once, on her phone:
 * each gets a receipt whose SHA-256 is the one of the file she chose, and the location sentence. A
 * web page named photo.jpg is refused with case-api's own words beside it, and nothing is listed
 * for it. The list of files on her page is the list case-api holds, and the investigator who opens
 * the case sees her photo with the same SHA-256.
 */
@ExtendWith(PortalServer.class)
class CitizenAddsEvidenceJourney {

  static final String NOTES = "Notes for the officer: the man wore a red jacket and ran north.\n";

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aliceAddsAPhotoAndNotesAndSeesAReceiptForEachAndAReasonForARefusal() throws Exception {
    String token = ArrangeThroughApi.token("alice");
    String reference = ArrangeThroughApi.reportTheft(token, "My bike was taken from the rack.");
    byte[] photo = resource("photo-with-exif.jpg");
    CitizenPages pages = new CitizenPages(browser, "evidence");
    Page page = browser.page();

    page.navigate(PortalServer.baseUrl() + "/cases/" + reference);
    SignInJourney.signInAs(page, "alice");
    pages.at("Theft", "case-page");
    Locator section = page.locator("#evidence");
    assertThat(section).containsText("up to 2 GB each");
    assertThat(section)
        .containsText(
            "If a photo holds the place where it was taken, we keep that location because it"
                + " may help the investigation.");
    assertThat(section).containsText("You have not added any files yet.");
    assertThat(fileInput(page)).hasAttribute("accept", Pattern.compile("image/\\*,video/\\*"));

    // The phone's own file chooser (which offers the camera for pictures and video), several at
    // once.
    FileChooser chooser =
        page.waitForFileChooser(
            () ->
                section
                    .getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Choose files"))
                    .click());
    assertThat(chooser.isMultiple()).isTrue();
    chooser.setFiles(
        new FilePayload[] {
          new FilePayload("photo-with-location.jpg", "image/jpeg", photo),
          new FilePayload("notes.txt", "text/plain", NOTES.getBytes(StandardCharsets.UTF_8))
        });

    Locator photoReceipt = receipt(page, "photo-with-location.jpg");
    Locator notesReceipt = receipt(page, "notes.txt");
    assertThat(photoReceipt).isVisible();
    assertThat(notesReceipt).isVisible();
    assertThat(photoReceipt.locator(".fingerprint")).hasText(sha256(photo));
    assertThat(notesReceipt.locator(".fingerprint"))
        .hasText(sha256(NOTES.getBytes(StandardCharsets.UTF_8)));
    assertThat(photoReceipt).containsText(reference);
    assertThat(photoReceipt).containsText("(UK time)");
    assertThat(photoReceipt.locator(".receipt__location"))
        .containsText("This photo holds the place where it was taken.");
    assertThat(notesReceipt.locator(".receipt__location")).hasCount(0);
    assertThat(photoReceipt).containsText("We have also emailed you this receipt.");
    assertThat(page.locator("#evidence-said"))
        .containsText("We have kept photo-with-location.jpg.");
    assertThat(page.locator("#evidence-said")).containsText("We have kept notes.txt.");
    assertThat(page.locator("#evidence-said")).hasAttribute("aria-live", "polite");
    pages.seen("two-receipts");

    byte[] webPage =
        "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    fileInput(page).setInputFiles(new FilePayload("photo.jpg", "image/jpeg", webPage));
    Locator row =
        page.locator("vaadin-upload-file")
            .filter(new Locator.FilterOptions().setHasText("photo.jpg"))
            .filter(new Locator.FilterOptions().setHasNotText("photo-with-location"));
    assertThat(row.locator("[part=error]")).containsText("This file is not a type we can accept.");
    assertThat(page.locator("#evidence-said"))
        .containsText("photo.jpg: This file is not a type we can accept.");
    pages.seen("refused-web-page");

    JsonNode held = ArrangeThroughApi.get(token, "/cases/" + reference + "/evidence");
    List<String> heldNames = new ArrayList<>();
    held.get("items").forEach(item -> heldNames.add(item.get("name").asText()));
    assertThat(heldNames).containsExactlyInAnyOrder("photo-with-location.jpg", "notes.txt");
    Locator listed = page.locator("#evidence-added .evidence-list__item");
    assertThat(listed).hasCount(2);
    for (JsonNode item : held.get("items")) {
      Locator entry =
          listed.filter(new Locator.FilterOptions().setHasText(item.get("name").asText()));
      assertThat(entry.locator(".fingerprint")).hasText(item.get("sha256").asText());
    }
    assertThat(listed.locator("h4").allInnerTexts())
        .containsExactlyInAnyOrder("photo-with-location.jpg", "notes.txt");

    List<String> subjects = CitizenPages.mailSubjects("alice@example.org", "Receipt for a file");
    assertThat(subjects).anyMatch(s -> s.equals("Receipt for a file you added to " + reference));

    // The investigator, in a browser of his own, sees the photo with the SHA-256 of her file.
    Page officer = browser.reopen();
    officer.navigate(
        PortalServer.baseUrl()
            + "/staff/cases/"
            + reference
            + "?reason="
            + ArrangeThroughApi.encode("Looking at the photo the victim added"));
    StaffPages.signInAs(officer, "ian");
    Locator seenByOfficer =
        InvestigatorExaminesEvidenceJourney.item(officer, "photo-with-location.jpg");
    assertThat(seenByOfficer.locator("code.sha256")).hasText(sha256(photo));
    browser.screenshot("evidence-staff-sees-citizen-upload");
  }

  private static Locator fileInput(Page page) {
    return page.locator("#evidence-upload input[type=file]");
  }

  private static Locator receipt(Page page, String name) {
    return page.locator("#evidence-receipts .receipt")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                            .setName("Receipt for " + name)
                            .setExact(true))));
  }

  static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CitizenAddsEvidenceJourney.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
