package uk.police.portal.evidencestore.intake.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadRefusedExceptionTest {

  @Test
  void sizeRefusalsNameTheKindAndTheLimitInWordsACitizenReads() {
    assertThat(
            UploadRefusedException.tooLarge(EvidenceKind.VIDEO, IntakeLimits.DEFAULT_VIDEO_BYTES)
                .getMessage())
        .isEqualTo(
            "This video is larger than 2 GB, the most we can accept for one video. Please ask the officer dealing with your case how to send it.");
    assertThat(
            UploadRefusedException.tooLarge(EvidenceKind.IMAGE, IntakeLimits.DEFAULT_OTHER_BYTES)
                .getMessage())
        .startsWith("This photo is larger than 50 MB, the most we can accept for one photo.");
  }

  @Test
  void theDetailForStaffIsKeptApartFromTheCitizensMessage() {
    UploadRefusedException refusal =
        UploadRefusedException.typeNotAccepted("application/x-msdownload");
    assertThat(refusal.getMessage()).doesNotContain("application/");
    assertThat(refusal.detail()).contains("application/x-msdownload");
  }

  @Test
  void sizesReadNaturally() {
    assertThat(SizeInWords.of(0)).isEqualTo("0 bytes");
    assertThat(SizeInWords.of(1)).isEqualTo("1 byte");
    assertThat(SizeInWords.of(700 * 1024)).isEqualTo("700 KB");
    assertThat(SizeInWords.of(1536 * 1024)).isEqualTo("1.5 MB");
    assertThat(SizeInWords.of(50L * 1024 * 1024)).isEqualTo("50 MB");
    assertThat(SizeInWords.of(2L * 1024 * 1024 * 1024)).isEqualTo("2 GB");
  }
}
