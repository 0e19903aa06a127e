package uk.police.portal.api.evidence.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Small JPEG previews of pictures, made from the original without holding its full pixels: the
 * decoder keeps only every n-th pixel of every n-th row (subsampling), at about twice the size
 * wanted, and that is scaled down smoothly.
 */
public final class Thumbnails {

  public static final int LONG_SIDE = 320;
  static final String DERIVATION = "thumbnail-" + LONG_SIDE + "-jpeg";

  private Thumbnails() {}

  /** Whether ImageIO on this server can decode the type at all (HEIC, video, PDF: no). */
  public static boolean previewable(String mediaType) {
    return ImageIO.getImageReadersByMIMEType(mediaType).hasNext();
  }

  /**
   * The key of an original's thumbnail: in the same month's folder, named by a UUID derived from
   * the original's key (version 3, name-based). evidence-store takes only keys of its own pattern,
   * never overwrites one, and gives originals random (version 4) UUIDs, so a thumbnail can never
   * land on an original, and the same original always finds the same thumbnail.
   */
  public static String keyFor(String originalKey) {
    String folder = originalKey.substring(0, originalKey.lastIndexOf('/') + 1);
    byte[] name = (DERIVATION + ":" + originalKey).getBytes(StandardCharsets.UTF_8);
    return folder + UUID.nameUUIDFromBytes(name);
  }

  /**
   * Decodes the first picture in {@code in}, subsampled so that its long side is at least {@code 2
   * × LONG_SIDE} and no more than twice that; null when ImageIO cannot decode it. Leaves {@code in}
   * open, wherever the decoder stopped reading.
   */
  public static BufferedImage decode(InputStream in) throws IOException {
    try (ImageInputStream image = ImageIO.createImageInputStream(in)) {
      if (image == null) return null;
      Iterator<ImageReader> readers = ImageIO.getImageReaders(image);
      if (!readers.hasNext()) return null;
      ImageReader reader = readers.next();
      try {
        reader.setInput(image, true, true);
        int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
        int step = Math.max(1, longSide / (2 * LONG_SIDE));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } catch (IIOException | RuntimeException unreadable) {
        // A CMYK JPEG, a corrupt file: no preview, but no failure either. A stream that broke
        // off is another matter, and goes to the caller.
        return null;
      } finally {
        reader.dispose();
      }
    }
  }

  /** At most {@code LONG_SIDE} on its long side (never enlarged), on white, as a JPEG. */
  public static byte[] jpeg(BufferedImage picture) throws IOException {
    double scale =
        Math.min(1.0, (double) LONG_SIDE / Math.max(picture.getWidth(), picture.getHeight()));
    int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
    BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(picture, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return encode(small);
  }

  private static byte[] encode(BufferedImage small) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.82f);
      writer.write(null, new IIOImage(small, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
