package uk.police.portal.evidencestore.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.police.portal.evidencestore.intake.SampleFiles;

class PictureHeadersTest {

  @Test
  void aPngDeclaresItsSizeInItsFirstChunk() {
    assertThat(PictureHeaders.png(SampleFiles.png(300, 200))).contains(new PictureSize(300, 200));
    assertThat(PictureHeaders.png(SampleFiles.pngDeclaring(50_000, 50_000)))
        .contains(new PictureSize(50_000, 50_000));
  }

  @Test
  void aHeicDeclaresItsSizeInItsItemProperties() {
    // libheif codes the 64 x 48 photo as a 64 x 64 image cropped to 64 x 48: the decoder works on
    // the larger, so that is the one that counts
    assertThat(PictureHeaders.heif(SampleFiles.heicWithExif())).contains(new PictureSize(64, 64));
    assertThat(PictureHeaders.heif(SampleFiles.heicDeclaring(20_000, 20_000)))
        .contains(new PictureSize(20_000, 20_000));
  }

  @Test
  void otherBytesDeclareNothing() {
    assertThat(PictureHeaders.png(SampleFiles.text())).isEmpty();
    assertThat(PictureHeaders.heif(SampleFiles.isoMedia("isom"))).isEmpty();
    assertThat(PictureHeaders.heif(new byte[] {0, 0, 0, 1, 'm', 'e', 't', 'a'})).isEmpty();
  }

  @Test
  void aJpegFrameHeaderIsFoundBehindLargeMetadataFedInAnyPieces() {
    byte[] jpeg = SampleFiles.jpegDeclaring(4032, 3024, 200_000);
    JpegFrameScanner whole = new JpegFrameScanner();
    whole.accept(jpeg, 0, jpeg.length);
    assertThat(whole.size()).contains(new PictureSize(4032, 3024));

    JpegFrameScanner byteByByte = new JpegFrameScanner();
    for (int i = 0; i < jpeg.length && !byteByByte.done(); i++) byteByByte.accept(jpeg, i, 1);
    assertThat(byteByByte.size()).contains(new PictureSize(4032, 3024));

    JpegFrameScanner real = new JpegFrameScanner();
    byte[] photo = SampleFiles.photoWithExif();
    real.accept(photo, 0, photo.length);
    assertThat(real.size()).contains(new PictureSize(64, 48));
  }

  @Test
  void aJpegWithoutFrameHeaderBeforeItsDataDeclaresNothing() {
    JpegFrameScanner scanner = new JpegFrameScanner();
    byte[] noFrame = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2, 1, 2, 3};
    scanner.accept(noFrame, 0, noFrame.length);
    assertThat(scanner.done()).isTrue();
    assertThat(scanner.size()).isEmpty();
  }
}
