package uk.police.portal.api.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.CaptureMetadata;
import uk.police.portal.evidencestore.intake.entity.EvidenceKind;

class EvidenceItemTest {

  private static final String SHA = "a".repeat(64);

  @Test
  void aReceiptSaysWhatWasReceivedWhenAndForWhichCase() throws Exception {
    EvidenceItem item =
        SampleItems.item("door.pdf", AcceptedType.PDF, 1536, SHA, CaptureMetadata.NONE);

    EvidenceReceipt receipt = item.toReceipt("PC-3333-3333");

    assertThat(receipt.reference()).isEqualTo("PC-3333-3333");
    assertThat(receipt.name()).isEqualTo("door.pdf");
    assertThat(receipt.size()).isEqualTo(1536);
    assertThat(receipt.sizeInWords()).isEqualTo("1.5 KB");
    assertThat(receipt.sha256()).isEqualTo(SHA);
    assertThat(receipt.typeInWords()).isEqualTo("PDF document");
    assertThat(receipt.receivedAt()).isEqualTo(SampleItems.RECEIVED);
    assertThat(receipt.locationNote()).as("no location, no note").isNull();
  }

  @Test
  void aPhotoThatHoldsItsLocationSaysWeKeepIt() throws Exception {
    EvidenceItem item =
        SampleItems.item("IMG_1.jpg", AcceptedType.JPEG, 2000, SHA, SampleItems.PHONE_PHOTO);

    assertThat(item.toReceipt("PC-3333-3333").locationNote())
        .isEqualTo(
            "This photo holds the place where it was taken. We keep that with your photo because"
                + " it may help the investigation.");
    CaptureView capture = item.toView().capture();
    assertThat(capture.cameraModel()).isEqualTo("iPhone 15");
    assertThat(capture.takenAtOffset()).isEqualTo("Z");
    assertThat(capture.latitude()).isEqualTo(51.5014);
    assertThat(item.toView().kind()).isEqualTo(EvidenceKind.IMAGE);
  }

  @Test
  void aFileThatSaysNothingAboutItselfHasNoCapture() throws Exception {
    EvidenceItem item = SampleItems.item("a.txt", AcceptedType.TEXT, 10, SHA, CaptureMetadata.NONE);

    assertThat(item.toView().capture()).isNull();
  }

  @Test
  void aDownloadIsNamedSoItOpensInTheRightProgram() throws Exception {
    assertThat(downloadName("passwd", AcceptedType.TEXT)).isEqualTo("passwd.txt");
    assertThat(downloadName("statement.txt", AcceptedType.TEXT)).isEqualTo("statement.txt");
    assertThat(downloadName("clip", AcceptedType.QUICKTIME)).isEqualTo("clip.mov");
    assertThat(downloadName("Straße 5.jpeg", AcceptedType.JPEG)).isEqualTo("Straße 5.jpeg");
  }

  @Test
  void onlyTheUploaderIsTheUploader() throws Exception {
    EvidenceItem item = SampleItems.item("a.txt", AcceptedType.TEXT, 10, SHA, CaptureMetadata.NONE);

    assertThat(item.uploadedBy("s-alice")).isTrue();
    assertThat(item.uploadedBy("s-bob")).isFalse();
  }

  @Test
  void anEmptyFileIsNeverEvidence() {
    assertThatThrownBy(
            () -> SampleItems.item("a.txt", AcceptedType.TEXT, 0, SHA, CaptureMetadata.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String downloadName(String name, AcceptedType type) throws Exception {
    return SampleItems.item(name, type, 10, SHA, CaptureMetadata.NONE).downloadName();
  }
}
