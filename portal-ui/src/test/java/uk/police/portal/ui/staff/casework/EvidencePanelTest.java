package uk.police.portal.ui.staff.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.portal.ui.staff.FakeCaseApi.REFERENCE;
import static uk.police.portal.ui.staff.FakeCaseApi.REPORTED;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.AuditRecord;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.EvidenceItem.Capture;
import uk.police.portal.ui.caseapi.entity.WitnessStatement;
import uk.police.portal.ui.staff.Components;
import uk.police.portal.ui.staff.FakeCaseApi;
import uk.police.portal.ui.staff.SignedInStaff;

class EvidencePanelTest {

  static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final Capture IPHONE =
      new Capture(
          LocalDateTime.of(2026, 3, 5, 21, 14, 9), "Z", "Apple", "iPhone 15", 51.5014, -0.1419);

  private final FakeCaseApi api = new FakeCaseApi();

  /** Download addresses are made for a UI, as on a page; held here, as Vaadin holds it weakly. */
  private final UI ui = new UI();

  @BeforeEach
  void onAPage() {
    UI.setCurrent(ui);
  }

  @AfterEach
  void offThePage() {
    UI.setCurrent(null);
  }

  private EvidencePanel open(String role) {
    SignedInStaff staff = new SignedInStaff("someone", "Some One", List.of(role));
    OpenedCase opened = new OpenedCase(api, null, REFERENCE, "Investigation", staff);
    return new EvidencePanel(opened, new StatementsPanel(opened).byEvidence());
  }

  static EvidenceItem item(long id, String name, String mediaType, String kind, Capture capture) {
    return new EvidenceItem(
        id, name, 2048, "2 KB", HASH, mediaType, "JPEG photo", kind, REPORTED, "Alice", capture);
  }

  @Test
  void investigatorSeesEachFileWithItsHashPreviewDownloadAndWhereItWasTaken() {
    api.evidence.add(item(3, "bike.jpg", "image/jpeg", "IMAGE", IPHONE));
    EvidencePanel panel = open("investigator");

    assertThat(api.calls).contains("evidence " + REFERENCE + " Investigation");
    String text = Components.text(panel);
    assertThat(text)
        .contains("bike.jpg", "JPEG photo", "2 KB", "20 November 2026, 14:05, by Alice", HASH)
        .contains("5 March 2026, 21:14:09 (UTC+00:00), by the camera's own clock")
        .contains("Apple iPhone 15")
        .contains("51.50140, -0.14190");
    assertThat(Components.all(panel, Image.class))
        .singleElement()
        .satisfies(img -> assertThat(img.getAlt()).hasValue("Preview of bike.jpg"));
    assertThat(Components.all(panel, Anchor.class))
        .extracting(Anchor::getText)
        .contains("Download bike.jpg");
    assertThat(Components.all(panel, Anchor.class))
        .extracting(Anchor::getHref)
        .contains(
            "https://www.openstreetmap.org/?mlat=51.50140&mlon=-0.14190#map=17/51.50140/-0.14190");
    assertThat(Components.all(panel, EvidenceTrail.class)).hasSize(1);
  }

  @Test
  void contactHandlerSeesTheListButNoFileAndIsToldWhy() {
    api.evidence.add(item(3, "bike.jpg", "image/jpeg", "IMAGE", IPHONE));
    EvidencePanel panel = open("contact-handler");

    assertThat(Components.text(panel))
        .contains("bike.jpg", "JPEG photo", "2 KB", HASH, EvidencePanel.HANDLERS_CANNOT_OPEN)
        .doesNotContain("Apple", "51.50140");
    assertThat(Components.all(panel, Image.class)).isEmpty();
    assertThat(Components.all(panel, Anchor.class)).isEmpty();
    assertThat(Components.all(panel, EvidenceTrail.class)).isEmpty();
    assertThat(panel.getElement().getTextRecursively()).doesNotContain("Download");
  }

  @Test
  void whatCannotBePreviewedOrPlayedSaysSo() {
    api.evidence.add(item(1, "photo.heic", "image/heic", "IMAGE", null));
    api.evidence.add(item(2, "cctv.mov", "video/quicktime", "VIDEO", null));
    api.evidence.add(item(3, "notes.pdf", "application/pdf", "DOCUMENT", null));
    EvidencePanel panel = open("supervisor");

    assertThat(Components.all(panel, Image.class)).isEmpty();
    assertThat(Components.text(panel))
        .contains(EvidenceEntry.NO_PREVIEW)
        .contains("A browser cannot play this kind of video. Download it to watch it.");
    assertThat(Components.all(panel, Anchor.class)).extracting(Anchor::getText).hasSize(3);
  }

  @Test
  void anMp4GetsAPlayerThatLoadsNothingUntilPlayed() {
    api.evidence.add(item(4, "doorbell.mp4", "video/mp4", "VIDEO", null));
    EvidencePanel panel = open("investigator");

    var video = panel.getElement().getChild(panel.getElement().getChildCount() - 1); // the list
    String html = panel.getElement().getOuterHTML();
    assertThat(video).isNotNull();
    assertThat(html).contains("<video", "controls", "preload=\"none\"");
  }

  @Test
  void aFilesRecordIsReadWhenOpenedAndShowsWhoDownloadedItAndWhy() {
    api.evidence.add(item(3, "bike.jpg", "image/jpeg", "IMAGE", null));
    api.evidenceAudit.put(
        3L,
        List.of(
            new AuditRecord(
                9,
                REPORTED,
                "ian",
                "investigator",
                "DOWNLOAD_EVIDENCE",
                "case",
                REFERENCE,
                "Investigation (evidence 3)")));
    EvidencePanel panel = open("investigator");
    assertThat(api.calls).noneMatch(call -> call.startsWith("evidenceAudit"));

    EvidenceTrail trail = Components.all(panel, EvidenceTrail.class).get(0);
    assertThat(trail.getSummaryText()).isEqualTo("Show the record of who has seen this file");
    trail.show(
        new OpenedCase(
            api, null, REFERENCE, "Investigation", new SignedInStaff("ian", "Ian", List.of())),
        3);

    assertThat(api.calls).contains("evidenceAudit " + REFERENCE + " 3 Investigation");
    assertThat(Components.text(trail.records))
        .contains(
            "ian (investigator)", "Downloaded or played a file", "Investigation (evidence 3)");
  }

  @Test
  void statementsShowEveryVersionAndWhatCorrectsWhat() {
    api.evidence.add(item(7, "statement.pdf", "application/pdf", "DOCUMENT", null));
    api.statements.add(
        new WitnessStatement(11, 1, null, 12L, 6, HASH, 2, "Alice Ashworth", REPORTED, null));
    api.statements.add(
        new WitnessStatement(
            12, 2, 11L, null, 7, HASH, 3, "Alice Ashworth", REPORTED, "The time was wrong"));
    SignedInStaff ian = new SignedInStaff("ian", "Ian", List.of("investigator"));
    OpenedCase opened = new OpenedCase(api, null, REFERENCE, "Investigation", ian);
    StatementsPanel statements = new StatementsPanel(opened);
    EvidencePanel evidence = new EvidencePanel(opened, statements.byEvidence());

    assertThat(Components.text(statements))
        .contains("Statement, version 2", "Corrects", "version 1. Reason: The time was wrong")
        .contains("This is the current version.")
        .contains("Superseded by version 2.")
        .contains("Pages", "3", "Alice Ashworth", HASH);
    assertThat(Components.all(statements, Anchor.class))
        .extracting(Anchor::getText)
        .containsExactly(
            "Download statement version 2 (PDF)", "Download statement version 1 (PDF)");
    assertThat(Components.text(evidence)).contains("This is the signed statement, version 2");
    assertThat(statements.byEvidence()).containsOnlyKeys(6L, 7L);
  }

  @Test
  void noFilesSaysSo() {
    assertThat(Components.text(open("investigator")))
        .contains("No files have been added to this case.");
  }

  @Test
  void aDownloadCutShortFailsRatherThanLookingComplete() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () -> EvidenceDownload.copy(new ByteArrayInputStream(new byte[1000]), out, 2000))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("1000 of 2000");
  }

  @Test
  void aWholeDownloadIsCopiedAsItCame() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = new byte[200_000];
    bytes[199_999] = 7;

    assertThat(EvidenceDownload.copy(new ByteArrayInputStream(bytes), out, bytes.length))
        .isEqualTo(bytes.length);
    assertThat(out.toByteArray()).isEqualTo(bytes);
  }

  @Test
  void captureWordsDoNotDoubleTheMakerAndSayWhoseClockItIs() {
    Capture pixel = new Capture(null, null, "Google", "Google Pixel 8", null, null);
    assertThat(CaptureWords.camera(pixel)).hasValue("Google Pixel 8");
    assertThat(CaptureWords.takenAt(pixel)).isEmpty();
    assertThat(CaptureWords.hasLocation(pixel)).isFalse();
    assertThat(CaptureWords.takenAt(IPHONE).orElseThrow()).contains("camera's own clock");
  }
}
