package uk.police.portal.api.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uk.police.portal.evidencestore.storage.control.ObjectKeys;

class ThumbnailsTest {

  @Test
  void aLargePhotoIsDecodedSubsampledAndComesOutAt320OnItsLongSide() throws IOException {
    byte[] photo = jpeg(3000, 2000);

    BufferedImage decoded = Thumbnails.decode(new ByteArrayInputStream(photo));
    BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(decoded)));

    assertThat(decoded.getWidth()).as("never the full 3000 px in memory").isLessThan(1300);
    assertThat(thumbnail.getWidth()).isEqualTo(320);
    assertThat(thumbnail.getHeight()).isEqualTo(213);
  }

  @Test
  void aSmallPictureIsNeverEnlarged() throws IOException {
    BufferedImage decoded = Thumbnails.decode(new ByteArrayInputStream(jpeg(64, 48)));

    BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(decoded)));

    assertThat(thumbnail.getWidth()).isEqualTo(64);
    assertThat(thumbnail.getHeight()).isEqualTo(48);
  }

  @Test
  void whatImageIoCannotReadHasNoPreview() throws IOException {
    assertThat(Thumbnails.decode(new ByteArrayInputStream("not a picture".getBytes()))).isNull();
    assertThat(Thumbnails.previewable("image/jpeg")).isTrue();
    assertThat(Thumbnails.previewable("image/png")).isTrue();
    assertThat(Thumbnails.previewable("image/heic")).isFalse();
    assertThat(Thumbnails.previewable("video/mp4")).isFalse();
    assertThat(Thumbnails.previewable("application/pdf")).isFalse();
  }

  @Test
  void theThumbnailKeyIsAlwaysTheSameForAnOriginalAndNeverAnOriginalsKey() {
    String original = "evidence/2026/03/" + UUID.randomUUID();

    String key = Thumbnails.keyFor(original);

    assertThat(key).isEqualTo(Thumbnails.keyFor(original)).isNotEqualTo(original);
    assertThat(ObjectKeys.requireGenerated(key)).startsWith("evidence/2026/03/");
    assertThat(UUID.fromString(key.substring(key.lastIndexOf('/') + 1)).version())
        .as("name-based, where originals are random (version 4)")
        .isEqualTo(3);
  }

  static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLUE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }
}
