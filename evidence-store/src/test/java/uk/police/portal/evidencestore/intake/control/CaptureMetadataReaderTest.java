package uk.police.portal.evidencestore.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.police.portal.evidencestore.intake.SampleFiles;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.CaptureMetadata;

class CaptureMetadataReaderTest {

  static final CaptureMetadata TAGGED =
      new CaptureMetadata(
          LocalDateTime.parse("2026-03-05T21:14:09"),
          ZoneOffset.UTC,
          "Apple",
          "iPhone 15",
          51.5014,
          -0.1419);

  final CaptureMetadataReader reader = new CaptureMetadataReader();

  @Test
  void aJpegGivesCaptureTimeCameraAndLocation() {
    CaptureMetadata read = read(SampleFiles.photoWithExif(), AcceptedType.JPEG);
    assertThat(read).isEqualTo(TAGGED);
    assertThat(read.hasLocation()).isTrue();
    assertThat(read.takenAtWithOffset()).contains(OffsetDateTime.parse("2026-03-05T21:14:09Z"));
  }

  @Test
  void aHeicGivesTheSame() {
    assertThat(read(SampleFiles.heicWithExif(), AcceptedType.HEIC)).isEqualTo(TAGGED);
  }

  @Test
  void aPhotoWithoutExifGivesNothing() {
    assertThat(read(SampleFiles.jpeg(10, 10), AcceptedType.JPEG).isEmpty()).isTrue();
  }

  @Test
  void otherTypesAreNotRead() {
    assertThat(read(SampleFiles.photoWithExif(), AcceptedType.PNG)).isEqualTo(CaptureMetadata.NONE);
    assertThat(CaptureMetadataReader.readsFrom(AcceptedType.MP4)).isFalse();
  }

  @Test
  void damagedMetadataNeverThrows() {
    byte[] photo = SampleFiles.photoWithExif();
    assertThat(read(Arrays.copyOf(photo, 120), AcceptedType.JPEG)).isEqualTo(CaptureMetadata.NONE);
    assertThat(read(Arrays.copyOf(SampleFiles.heicWithExif(), 300), AcceptedType.HEIC))
        .isEqualTo(CaptureMetadata.NONE);
    byte[] scrambled = photo.clone();
    for (int i = 30; i < 400; i += 7) scrambled[i] = (byte) 0xFF;
    read(scrambled, AcceptedType.JPEG); // whatever it finds, it returns
    assertThat(read(new byte[0], AcceptedType.JPEG)).isEqualTo(CaptureMetadata.NONE);
  }

  @Test
  void aFailingStreamGivesNothing() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("store went away");
          }
        };
    assertThat(reader.read(broken, AcceptedType.JPEG)).isEqualTo(CaptureMetadata.NONE);
  }

  CaptureMetadata read(byte[] bytes, AcceptedType type) {
    return reader.read(new ByteArrayInputStream(bytes), type);
  }
}
