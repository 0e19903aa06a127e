package uk.police.portal.api.evidence.boundary;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Files a citizen might send, good and bad. The photo is evidence-store's real fixture (a 64 x 48
 * JPEG tagged by exiftool: Apple, iPhone 15, 2026-03-05 21:14:09 +00:00, 51.5014 N 0.1419 W).
 */
final class EvidenceFiles {

  private EvidenceFiles() {}

  static byte[] photo() {
    try (InputStream in = EvidenceFiles.class.getResourceAsStream("photo-with-exif.jpg")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A PNG of a few dozen bytes whose header declares {@code width x height}: a pixel bomb. */
  static byte[] pngDeclaring(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 3, 0, 0, 0, 0, 1});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** The start of a Windows program: "MZ", and the "PE" header where it says. */
  static byte[] windowsExecutable() {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN).putInt(0x3C, 0x80);
    System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
    return exe;
  }

  static byte[] html() {
    return ("<!DOCTYPE html>\n<html><body><script>location='https://example.invalid'</script>"
            + "</body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] statement() {
    return "On 5 March at about 9pm I saw a man in a red coat kick the café door.\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Plain text of exactly {@code size} bytes. */
  static byte[] text(int size) {
    byte[] line =
        "The bike was blue, with a red bell and a basket. ".getBytes(StandardCharsets.UTF_8);
    byte[] text = new byte[size];
    for (int i = 0; i < size; i++) text[i] = line[i % line.length];
    return text;
  }

  static byte[] changedLastByte(byte[] original) {
    byte[] changed = Arrays.copyOf(original, original.length);
    changed[changed.length - 1] ^= 1;
    return changed;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
