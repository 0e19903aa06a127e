package uk.police.portal.api.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;

class EvidenceEmailsTest {

  private static final EvidenceReceipt RECEIPT =
      new EvidenceReceipt(
          51,
          "PC-3333-3333",
          "IMG_0001.jpg",
          1_276_000,
          "1.2 MB",
          "b".repeat(64),
          "image/jpeg",
          "JPEG photo",
          OffsetDateTime.of(2026, 7, 1, 12, 30, 5, 0, ZoneOffset.UTC),
          "This photo holds the place where it was taken.");

  @Test
  void theReceiptNamesTheFileItsSizeHashTimeAndCase() {
    String body = EvidenceEmails.body(RECEIPT, "https://portal.example");

    assertThat(EvidenceEmails.subject(RECEIPT))
        .isEqualTo("Receipt for a file you added to PC-3333-3333");
    assertThat(body)
        .contains("Case reference: PC-3333-3333")
        .contains("File name: IMG_0001.jpg")
        .contains("Size: 1.2 MB (1,276,000 bytes)")
        .contains("Received: 1 July 2026 at 13:30:05 (UK time)")
        .contains("SHA-256: " + "b".repeat(64))
        .contains("This photo holds the place where it was taken.")
        .contains("https://portal.example/cases/PC-3333-3333")
        .contains("In an emergency, call 999");
  }
}
