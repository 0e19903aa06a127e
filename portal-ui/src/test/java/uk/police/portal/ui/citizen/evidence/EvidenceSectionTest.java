package uk.police.portal.ui.citizen.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.EvidenceReceipt;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.citizen.FakeCaseApi;
import uk.police.portal.ui.citizen.Texts;

class EvidenceSectionTest {

  static final String REF = "PC-7KQ4-9XRT";
  static final String SHA = "faacb32651a4b92f0ca1a6b2b52009617123c65be175b50c8bd4cdf151156000";
  static final OffsetDateTime JULY_1 = OffsetDateTime.of(2026, 7, 1, 14, 5, 9, 0, ZoneOffset.UTC);
  static final String LOCATION =
      "This photo holds the place where it was taken. We keep that with your photo because it"
          + " may help the investigation.";

  FakeCaseApi caseApi;

  @BeforeEach
  void aliceHasACase() {
    caseApi = new FakeCaseApi();
    caseApi.cases.put(
        REF,
        new CaseDetail(
            REF,
            "THEFT",
            "Theft",
            "RECEIVED",
            "Received",
            JULY_1,
            null,
            null,
            null,
            null,
            null,
            "STANDARD",
            null,
            null));
  }

  EvidenceSection section(boolean open, ReceiptEmail email) {
    return new EvidenceSection("Photos, videos and documents", REF, open, email, caseApi, null);
  }

  static EvidenceReceipt photo(String locationNote) {
    return new EvidenceReceipt(
        7, REF, "bike.jpg", 1276, "1.2 KB", SHA, "image/jpeg", "JPEG photo", JULY_1, locationNote);
  }

  @Test
  void beforeChoosingAFileThePageSaysWhatWeAcceptTheLimitsAndThatWeKeepTheLocation() {
    String text = Texts.visible(section(true, ReceiptEmail.SENT));
    assertThat(text)
        .contains(
            "photos (JPEG, PNG or HEIC), up to 50 MB each",
            "videos (MP4, MOV, AVI and exports from CCTV systems), up to 2 GB each",
            "documents (PDF, Word or text files), up to 50 MB each",
            "we never change the original",
            "If a photo holds the place where it was taken, we keep that location because it may"
                + " help the investigation.",
            "You have not added any files yet.");
  }

  @Test
  void theUploadTakesSeveralFilesUpToTheLargestLimitOfCaseApi() {
    EvidenceSection section = section(true, ReceiptEmail.SENT);
    assertThat(section.upload.getElement().getProperty("maxFileSize", 0.0))
        .isEqualTo(2.0 * 1024 * 1024 * 1024);
    assertThat(section.upload.getMaxFiles()).isZero(); // no limit on the number at once
    assertThat(section.upload.getAcceptedFileTypes()).contains("image/*", "video/*", ".dav");
    assertThat(Intake.words().getAddFiles().getMany()).isEqualTo("Choose files");
    assertThat(Intake.words().getDropFiles().getMany()).isEqualTo("or drop files here");
  }

  @Test
  void aKeptFileGetsItsReceiptWithTheEmailSentenceAndTheLocationNote() {
    EvidenceSection section = section(true, ReceiptEmail.SENT);
    section.show(Outcome.kept("bike.jpg", photo(LOCATION)), null);

    String receipt = Texts.visible(section.receipts);
    assertThat(receipt)
        .contains(
            "Receipt for bike.jpg",
            "File name bike.jpg",
            "Size 1.2 KB (1,276 bytes)",
            "Received 1 July 2026 at 3:05pm (UK time)",
            "Case reference " + REF,
            "We have also emailed you this receipt.",
            LOCATION);
    assertThat(receipt.replace(" ", "")).contains(SHA);
    assertThat(Texts.visible(section.said))
        .isEqualTo("We have kept bike.jpg. Its receipt is below.");
  }

  @Test
  void noEmailIsClaimedWhenNoneIsSentAndTheLocationNoteOnlyWhenThereIsOne() {
    EvidenceSection section = section(true, ReceiptEmail.NOT_SENT);
    section.show(Outcome.kept("bike.jpg", photo(null)), null);
    assertThat(Texts.visible(section.receipts)).doesNotContain("emailed", "holds the place");

    EvidenceSection unsure = section(true, ReceiptEmail.UNKNOWN);
    unsure.show(Outcome.kept("bike.jpg", photo(null)), null);
    assertThat(Texts.visible(unsure.receipts))
        .contains("If you chose to hear from us by email, we have emailed you this receipt.");
  }

  @Test
  void aRefusedFileSaysCaseApisReasonAndGetsNoReceipt() {
    EvidenceSection section = section(true, ReceiptEmail.SENT);
    section.show(
        Outcome.refused(
            "photo.jpg",
            415,
            "This file is not a type we can accept. Send photos, videos, audio, PDF, Word or"
                + " text files."),
        null);
    section.show(Outcome.unavailable("clip.mp4"), null);

    assertThat(section.receipts.getChildren()).isEmpty();
    assertThat(section.said.getChildren().map(Texts::visible))
        .containsExactly(
            "photo.jpg: This file is not a type we can accept. Send photos, videos, audio, PDF,"
                + " Word or text files.",
            "clip.mp4: We could not keep clip.mp4. Nothing was saved. Try again in a few"
                + " minutes.");
    assertThat(section.said.getElement().getAttribute("aria-live")).isEqualTo("polite");
  }

  @Test
  void theFilesAlreadyAddedAreListedWithWhenAndTheirFingerprint() {
    caseApi.evidence.put(
        REF,
        List.of(
            new EvidenceItem(
                7,
                "bike.jpg",
                1276,
                "1.2 KB",
                SHA,
                "image/jpeg",
                "JPEG photo",
                "IMAGE",
                JULY_1,
                "Alice Ashworth",
                null)));
    String listed = Texts.visible(section(true, ReceiptEmail.SENT).added);
    assertThat(listed)
        .contains("bike.jpg", "Type JPEG photo", "Size 1.2 KB", "Added 1 July 2026 at 3:05pm");
    assertThat(listed.replace(" ", "")).contains(SHA);
  }

  @Test
  void aKeptFileJoinsTheListReadForItAndAnUnreadableListSaysSo() {
    EvidenceSection section = section(true, ReceiptEmail.SENT);
    section.show(Outcome.kept("bike.jpg", photo(null)), Optional.of(List.of(bike())));
    assertThat(Texts.visible(section.added)).contains("bike.jpg", "Type JPEG photo");

    section.show(Outcome.kept("bike.jpg", photo(null)), Optional.empty());
    assertThat(Texts.visible(section.added))
        .isEqualTo("We cannot show the files you have added right now.");
  }

  static EvidenceItem bike() {
    return new EvidenceItem(
        7,
        "bike.jpg",
        1276,
        "1.2 KB",
        SHA,
        "image/jpeg",
        "JPEG photo",
        "IMAGE",
        JULY_1,
        "Alice Ashworth",
        null);
  }

  @Test
  void aClosedCaseTakesNoMoreFilesButStillListsThem() {
    EvidenceSection section = section(false, ReceiptEmail.SENT);
    assertThat(section.upload.getParent()).isEmpty();
    assertThat(Texts.visible(section)).contains("This case is closed", "Files you have added");
  }

  @Test
  void theReceiptEmailSentenceFollowsTheContactPreferencesCaseApiMailsBy() {
    assertThat(ReceiptEmail.of(null)).isEqualTo(ReceiptEmail.UNKNOWN);
    assertThat(ReceiptEmail.of(report(true, "alice@example.org"))).isEqualTo(ReceiptEmail.SENT);
    assertThat(ReceiptEmail.of(report(true, " "))).isEqualTo(ReceiptEmail.NOT_SENT);
    assertThat(ReceiptEmail.of(report(false, "alice@example.org")))
        .isEqualTo(ReceiptEmail.NOT_SENT);
    assertThat(ReceiptEmail.toAddress("alice@example.org")).isEqualTo(ReceiptEmail.SENT);
    assertThat(ReceiptEmail.toAddress(null)).isEqualTo(ReceiptEmail.NOT_SENT);
  }

  static ReportForm report(boolean byEmail, String email) {
    return new ReportForm(
        "THEFT",
        "x",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new ReportForm.ContactPreferences(byEmail, email, false, null, false, null, false, null));
  }
}
