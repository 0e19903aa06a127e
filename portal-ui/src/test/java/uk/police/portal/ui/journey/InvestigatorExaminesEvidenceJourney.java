package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.ui.journey.StaffPages.heading;
import static uk.police.portal.ui.journey.StaffPages.signInAs;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alice reported a theft, added a photo from her phone, her doorbell camera's video and her notes,
 * and signed a statement that she then corrected. Ian opens the case, saying why, and examines
 * them: each file's SHA-256 is the one of the file she sent, the photo's preview shows and says
 * where and with what it was taken, the video plays, the notes download whole, both statement
 * versions are there with what corrects what, and the notes' record shows his download with his
 * reason.
 */
@ExtendWith(PortalServer.class)
class InvestigatorExaminesEvidenceJourney {

  static final String REASON = "Investigation";
  static final byte[] PHOTO = ArrangeThroughApi.resource("photo-with-exif.jpg");
  static final byte[] VIDEO = ArrangeThroughApi.resource("doorbell.mp4");
  static final byte[] NOTES =
      ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
              + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
              + "trailer <</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.ISO_8859_1);

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void investigatorChecksEachFileAgainstItsHashAndDownloadsTheNotes() throws IOException {
    String alice = ArrangeThroughApi.token("alice");
    String reference = ArrangeThroughApi.reportTheft(alice, "My bike was taken from the shed.");
    ArrangeThroughApi.upload(alice, reference, "shed.jpg", PHOTO);
    ArrangeThroughApi.upload(alice, reference, "doorbell.mp4", VIDEO);
    ArrangeThroughApi.upload(alice, reference, "my notes.pdf", NOTES);
    JsonNode first =
        ArrangeThroughApi.signStatement(
            alice, reference, "At about 3pm I saw a man take my bike.", null, null);
    JsonNode second =
        ArrangeThroughApi.signStatement(
            alice,
            reference,
            "At about 4pm I saw a man take my bike.",
            first.get("id").asLong(),
            "The time was 4pm, not 3pm.");

    Page page = browser.page();
    page.navigate(
        PortalServer.baseUrl()
            + "/staff/cases/"
            + reference
            + "?reason="
            + ArrangeThroughApi.encode(REASON));
    signInAs(page, "ian");
    assertThat(heading(page)).hasText("Case " + reference);

    Locator photo = item(page, "shed.jpg");
    assertThat(photo.locator("code.sha256")).hasText(ArrangeThroughApi.sha256(PHOTO));
    assertThat(photo).containsText("JPEG photo");
    assertThat(photo).containsText("5 March 2026, 21:14:09 (UTC+00:00), by the camera's own clock");
    assertThat(photo).containsText("Apple iPhone 15");
    assertThat(photo).containsText("51.50140, -0.14190");
    assertThat(
            photo.getByRole(
                AriaRole.LINK,
                new Locator.GetByRoleOptions()
                    .setName("Open this place on OpenStreetMap (another website)")))
        .hasAttribute(
            "href",
            "https://www.openstreetmap.org/?mlat=51.50140&mlon=-0.14190#map=17/51.50140/-0.14190");
    Locator preview = photo.getByAltText("Preview of shed.jpg");
    preview.scrollIntoViewIfNeeded();
    page.waitForFunction("img => img.complete && img.naturalWidth > 0", preview.elementHandle());

    Locator video = item(page, "doorbell.mp4");
    assertThat(video.locator("code.sha256")).hasText(ArrangeThroughApi.sha256(VIDEO));
    assertThat(video.locator("video")).hasAttribute("preload", "none");
    video.locator("video").scrollIntoViewIfNeeded();
    video.locator("video").evaluate("v => { v.muted = true; return v.play(); }");
    page.waitForFunction(
        "v => v.readyState >= 2 && v.duration > 0", video.locator("video").elementHandle());

    Locator notes = item(page, "my notes.pdf");
    String notesHash = ArrangeThroughApi.sha256(NOTES);
    assertThat(notes.locator("code.sha256")).hasText(notesHash);
    assertThat(notes).containsText("No preview for this kind of file.");
    Locator link =
        notes.getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download my notes.pdf"));
    Download download = page.waitForDownload(link::click);
    assertThat(download.failure()).isNull();
    assertThat(download.suggestedFilename()).isEqualTo("my notes.pdf");
    assertThat(ArrangeThroughApi.sha256(Files.readAllBytes(download.path()))).isEqualTo(notesHash);

    Locator statements = page.locator("#statements .statement-version");
    assertThat(statements).hasCount(2);
    assertThat(statements.first()).containsText("Statement, version 2");
    assertThat(statements.first()).containsText("version 1. Reason: The time was 4pm, not 3pm.");
    assertThat(statements.first()).containsText("This is the current version.");
    assertThat(statements.first().locator("code.sha256")).hasText(second.get("sha256").asText());
    assertThat(statements.nth(1)).containsText("Superseded by version 2.");
    assertThat(
            statements
                .first()
                .getByRole(
                    AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Download statement version 2 (PDF)")))
        .isVisible();

    Locator trail = notes.locator("details.evidence-trail");
    trail.locator("summary").click();
    Locator downloaded =
        trail
            .locator(".audit-record")
            .filter(new Locator.FilterOptions().setHasText("Downloaded or played a file"));
    assertThat(downloaded.first()).containsText("ian (investigator)");
    assertThat(downloaded.first()).containsText(REASON);
    Accessibility.assertNoViolations(page);
    browser.screenshot("staff-case-evidence-ian");
  }

  /**
   * A file whose bytes were changed in the store (its recorded SHA-256 kept) is cut short by
   * case-api when the check fails; passed on with its length, the browser calls the download
   * failed, and never saves it as if whole.
   */
  @Test
  void aFileChangedInTheStoreNeverDownloadsAsIfWhole() {
    byte[] log =
        "Doorbell log line: movement at the shed door.\n"
            .repeat(5000)
            .getBytes(StandardCharsets.UTF_8);
    String alice = ArrangeThroughApi.token("alice");
    String reference = ArrangeThroughApi.reportTheft(alice, "My bike was taken from the shed.");
    ArrangeThroughApi.upload(alice, reference, "doorbell-log.txt", log);
    byte[] changed = log.clone();
    changed[changed.length - 2] = 'X';
    EvidenceStore.tamper(reference, changed, ArrangeThroughApi.sha256(log));

    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/staff/cases/" + reference + "?reason=" + REASON);
    signInAs(page, "ian");
    Locator file = item(page, "doorbell-log.txt");
    assertThat(file.locator("code.sha256")).hasText(ArrangeThroughApi.sha256(log));
    Download download =
        page.waitForDownload(
            file.getByRole(
                    AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Download doorbell-log.txt"))
                ::click);

    assertThat(download.failure()).as("the browser says the download failed").isNotNull();
  }

  static Locator item(Page page, String name) {
    return page.locator("#evidence .evidence-item")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(name).setExact(true))));
  }
}
