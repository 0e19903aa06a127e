package uk.police.portal.api.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.storage.entity.PresignedUpload;

class UploadSlotTest {

  static final OffsetDateTime OPENED = SampleItems.RECEIVED;

  @Test
  void onlyWhoOpenedItOnItsCaseHoldsIt() throws Exception {
    CaseFile file = SampleItems.savedCase();
    UploadSlot slot = slot(file);

    assertThat(slot.heldBy(file, "s-alice")).isTrue();
    assertThat(slot.heldBy(file, "s-bob")).isFalse();
  }

  @Test
  void anOpenSlotExpiresAfterItsDeadlineAndACompletedOneNever() throws Exception {
    UploadSlot slot = slot(SampleItems.savedCase());

    assertThat(slot.expiredAt(OPENED.plusMinutes(60))).isFalse();
    assertThat(slot.expiredAt(OPENED.plusMinutes(61))).isTrue();
    slot.completedAs(51);
    assertThat(slot.expiredAt(OPENED.plusDays(2))).isFalse();
  }

  @Test
  void aSlotIsCompletedOrRefusedOnce() throws Exception {
    UploadSlot completed = slot(SampleItems.savedCase());
    completed.completedAs(51);
    UploadSlot refused = slot(SampleItems.savedCase());
    refused.refused();

    assertThat(completed.state()).isEqualTo(UploadSlot.State.COMPLETED);
    assertThat(completed.evidenceItemId()).isEqualTo(51);
    assertThatThrownBy(() -> completed.completedAs(52)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(completed::refused).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> refused.completedAs(52)).isInstanceOf(IllegalStateException.class);
  }

  private static UploadSlot slot(CaseFile file) {
    PresignedUpload upload =
        new PresignedUpload(
            "incoming/6f1c0000-0000-4000-8000-000000000001",
            "http://127.0.0.1:9000/b/incoming/6f1c...",
            "PUT",
            Map.of("Content-Length", "100"),
            Instant.from(OPENED.plusMinutes(15)),
            100);
    return UploadSlot.open(
        file, OriginalName.clean("cctv.mp4"), upload, "s-alice", OPENED, OPENED.plusMinutes(60));
  }
}
