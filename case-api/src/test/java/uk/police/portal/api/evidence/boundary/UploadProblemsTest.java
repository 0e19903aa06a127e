package uk.police.portal.api.evidence.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.police.portal.api.evidence.entity.CaseQuotaExceededException;
import uk.police.portal.api.platform.control.DependencyUnavailableException;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.EvidenceKind;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException.Reason;

class UploadProblemsTest {

  @Test
  void eachRefusalHasItsStatusAndKeepsTheCitizensWords() {
    assertAnswer(UploadRefusedException.empty(), 400, "This file is empty.");
    assertAnswer(UploadRefusedException.typeNotAccepted("text/html"), 415, "This file is not");
    assertAnswer(
        UploadRefusedException.nameContradictsContent("png", AcceptedType.JPEG),
        415,
        "This file's name ends in .png");
    assertAnswer(
        UploadRefusedException.tooLarge(EvidenceKind.VIDEO, 2L << 30), 413, "This video is");
    assertAnswer(
        UploadRefusedException.pictureTooLarge(20_000, 20_000, 100_000_000),
        422,
        "This picture is too large");
    assertAnswer(CaseQuotaExceededException.full(10L << 30), 413, "This case already holds 10 GB");
  }

  @Test
  void aBrokenUploadIsTheSendersToTryAgain() {
    assertAnswer(
        new ObjectStoreException(Reason.INTERRUPTED, "stream broke", null),
        400,
        "The file did not arrive in full, so nothing was saved. Please try again.");
  }

  @Test
  void aStoreThatIsDownIsA503ThatSaysNothingWasSaved() {
    RuntimeException answer =
        UploadProblems.of(new ObjectStoreException(Reason.UNREACHABLE, "no route", null));

    assertThat(answer).isInstanceOf(DependencyUnavailableException.class);
    assertThat(answer.getMessage()).contains("Nothing was saved");
  }

  @Test
  void failuresOfOursAreNotRefusals() {
    assertThat(
            UploadProblems.refusal(new ObjectStoreException(Reason.UNREACHABLE, "no route", null)))
        .isEmpty();
    assertThat(UploadProblems.refusal(new IllegalStateException("bug"))).isEmpty();
  }

  private static void assertAnswer(RuntimeException error, int status, String words) {
    assertThat(UploadProblems.refusal(error))
        .hasValueSatisfying(
            refusal -> {
              assertThat(refusal.status()).isEqualTo(status);
              assertThat(refusal.message()).startsWith(words);
            });
  }
}
