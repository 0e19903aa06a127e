package uk.police.portal.evidencestore.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import uk.police.portal.evidencestore.intake.SampleFiles;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.EvidenceKind;
import uk.police.portal.evidencestore.intake.entity.IntakeLimits;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException.Reason;

class UploadGuardTest {

  static final IntakeLimits LIMITS = IntakeLimits.defaults();

  /** Endless text, counting what was asked of it. */
  static class EndlessText extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      served += len;
      return len;
    }
  }

  @Test
  void anOversizeUploadStopsOneBytePastItsLimitWithoutReadingTheRest() throws IOException {
    EndlessText source = new EndlessText();
    IntakeLimits limits = LIMITS.withMaxBytes(EvidenceKind.DOCUMENT, 1_000_000);
    InputStream guarded = UploadGuard.guard(source, new byte[0], AcceptedType.TEXT, limits);

    assertThatThrownBy(() -> guarded.transferTo(OutputStream.nullOutputStream()))
        .isInstanceOf(RefusedWhileStreaming.class)
        .extracting(e -> ((RefusedWhileStreaming) e).refusal().reason())
        .isEqualTo(Reason.TOO_LARGE);
    assertThat(source.served).isEqualTo(1_000_001);
  }

  @Test
  void anUploadOfExactlyTheLimitPasses() throws IOException {
    byte[] exactly = new byte[1000];
    IntakeLimits limits = LIMITS.withMaxBytes(EvidenceKind.AUDIO, 1000);
    InputStream guarded =
        UploadGuard.guard(new ByteArrayInputStream(exactly), exactly, AcceptedType.WAV, limits);
    assertThat(guarded.readAllBytes()).hasSize(1000);
  }

  @Test
  void eachKindHasItsOwnLimit() throws IOException {
    byte[] twoMegabytes = new byte[2_000_000];
    IntakeLimits limits = LIMITS.withMaxBytes(EvidenceKind.IMAGE, 1_000_000);
    assertThat(
            UploadGuard.guard(
                    new ByteArrayInputStream(twoMegabytes), twoMegabytes, AcceptedType.MP4, limits)
                .readAllBytes())
        .hasSize(2_000_000);
    assertThatThrownBy(
            () ->
                UploadGuard.guard(
                        new ByteArrayInputStream(twoMegabytes),
                        twoMegabytes,
                        AcceptedType.PNG,
                        limits)
                    .readAllBytes())
        .isInstanceOf(RefusedWhileStreaming.class);
  }

  @Test
  void aTinyPngDeclaringFiftyThousandPixelsSquareIsRefusedFromItsHeader() {
    byte[] bomb = SampleFiles.pngDeclaring(50_000, 50_000);
    assertThat(bomb.length).isLessThan(100);
    assertThatThrownBy(
            () -> UploadGuard.guard(new ByteArrayInputStream(bomb), bomb, AcceptedType.PNG, LIMITS))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessage(
            "This picture is too large for us to open (50,000 × 50,000 pixels; the most we accept is 100 megapixels). Please send a smaller copy of it.")
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.PICTURE_TOO_LARGE);
  }

  @Test
  void aHeicDeclaringTooManyPixelsIsRefusedFromItsHeader() {
    byte[] bomb = SampleFiles.heicDeclaring(20_000, 20_000);
    assertThatThrownBy(
            () ->
                UploadGuard.guard(new ByteArrayInputStream(bomb), bomb, AcceptedType.HEIC, LIMITS))
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.PICTURE_TOO_LARGE);
  }

  @Test
  void aJpegDeclaringTooManyPixelsIsRefusedWhileItStreams() {
    // 65,535 x 65,535 is 4.3 gigapixels: 17 GB of memory for anything that decodes it
    byte[] bomb = SampleFiles.jpegDeclaring(65_535, 65_535, 150_000);
    byte[] head = java.util.Arrays.copyOf(bomb, ContentTypes.HEAD_SIZE);
    InputStream guarded =
        UploadGuard.guard(new ByteArrayInputStream(bomb), head, AcceptedType.JPEG, LIMITS);
    assertThatThrownBy(guarded::readAllBytes)
        .isInstanceOf(RefusedWhileStreaming.class)
        .extracting(e -> ((RefusedWhileStreaming) e).refusal().reason())
        .isEqualTo(Reason.PICTURE_TOO_LARGE);
  }

  @Test
  void ordinaryPicturesPassUnchanged() throws IOException {
    for (var picture :
        java.util.Map.of(
                AcceptedType.JPEG, SampleFiles.photoWithExif(),
                AcceptedType.PNG, SampleFiles.png(640, 480),
                AcceptedType.HEIC, SampleFiles.heicWithExif())
            .entrySet()) {
      byte[] bytes = picture.getValue();
      assertThat(
              UploadGuard.guard(new ByteArrayInputStream(bytes), bytes, picture.getKey(), LIMITS)
                  .readAllBytes())
          .isEqualTo(bytes);
    }
  }
}
