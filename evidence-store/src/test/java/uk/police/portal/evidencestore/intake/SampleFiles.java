package uk.police.portal.evidencestore.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Files of each kind for tests, made by the JDK's own writers where it has one (JPEG, PNG, WAV,
 * ZIP) and byte by byte from the format's specification where it has not.
 */
public final class SampleFiles {

  private SampleFiles() {}

  /** A real photo with EXIF (Apple, iPhone 15, 2026-03-05 21:14:09 +00:00, 51.5014 N 0.1419 W). */
  public static byte[] photoWithExif() {
    return resource("photo-with-exif.jpg");
  }

  /** The same photo as HEIC, encoded by libheif (see the README beside it). */
  public static byte[] heicWithExif() {
    return resource("photo-with-exif.heic");
  }

  public static byte[] jpeg(int width, int height) {
    return image("jpg", width, height);
  }

  public static byte[] png(int width, int height) {
    return image("png", width, height);
  }

  /** A PNG of a few dozen bytes whose header declares {@code width x height}: a pixel bomb. */
  public static byte[] pngDeclaring(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 3, 0, 0, 0, 0, 1});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /**
   * A JPEG whose frame header declares {@code width x height}, after {@code metadataBytes} of APP1
   * segments (as a phone's EXIF and maker notes put it well past the first 64 KB).
   */
  public static byte[] jpegDeclaring(int width, int height, int metadataBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
    for (int left = metadataBytes; left > 0; ) {
      int length = Math.min(left, 65533);
      out.writeBytes(
          new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((length + 2) >> 8), (byte) (length + 2)});
      out.writeBytes(new byte[length]);
      left -= length;
    }
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 17, 8});
    out.writeBytes(
        new byte[] {(byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width});
    out.writeBytes(new byte[] {3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
    out.writeBytes(
        new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0});
    out.writeBytes(new byte[64]);
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }

  /** The HEIC photo with the extent of its image changed to {@code width x height}. */
  public static byte[] heicDeclaring(int width, int height) {
    byte[] heic = heicWithExif();
    int ispe = indexOf(heic, "ispe".getBytes(StandardCharsets.US_ASCII));
    ByteBuffer.wrap(heic, ispe + 8, 8).putInt(width).putInt(height);
    return heic;
  }

  /** An ISO media file (MP4, MOV, M4A, 3GP...) with the given major brand. */
  public static byte[] isoMedia(String brand) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ByteBuffer.allocate(4).putInt(24).array());
    out.writeBytes(ascii("ftyp" + brand + "\0\0\2\0" + brand + "isom"));
    out.writeBytes(ByteBuffer.allocate(4).putInt(8 + 1000).array());
    out.writeBytes(ascii("mdat"));
    out.writeBytes(new byte[1000]);
    return out.toByteArray();
  }

  public static byte[] avi() {
    return concat(
        ascii("RIFF"), le32(4000), ascii("AVI LIST"), le32(100), ascii("hdrlavih"), new byte[4000]);
  }

  public static byte[] wav() {
    AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
    byte[] samples = new byte[16000];
    AudioInputStream audio =
        new AudioInputStream(new java.io.ByteArrayInputStream(samples), format, samples.length / 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An MP3 with an ID3v2 tag and MPEG-1 Layer III frames. */
  public static byte[] mp3() {
    byte[] frame = new byte[417];
    frame[0] = (byte) 0xFF;
    frame[1] = (byte) 0xFB;
    frame[2] = (byte) 0x90;
    frame[3] = 0x64;
    return concat(ascii("ID3"), new byte[] {3, 0, 0, 0, 0, 0, 0}, frame, frame, frame);
  }

  /** An Ogg page opening a Vorbis stream. */
  public static byte[] oggVorbis() {
    byte[] page = new byte[200];
    System.arraycopy(ascii("OggS"), 0, page, 0, 4);
    page[5] = 2;
    page[26] = 1;
    page[27] = 30;
    System.arraycopy(ascii("\1vorbis"), 0, page, 28, 7);
    return page;
  }

  public static byte[] pdf() {
    return ascii(
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n");
  }

  /** A Word .docx as a ZIP writer makes it: sizes after the data, as Word's own are not. */
  public static byte[] docx() {
    return zip(
        "[Content_Types].xml", "<Types/>",
        "_rels/.rels", "<Relationships/>",
        "word/document.xml", "<w:document/>");
  }

  public static byte[] xlsx() {
    return zip(
        "[Content_Types].xml", "<Types/>",
        "_rels/.rels", "<Relationships/>",
        "xl/workbook.xml", "<workbook/>");
  }

  public static byte[] docm() {
    return zip(
        "[Content_Types].xml", "<Types/>",
        "word/document.xml", "<w:document/>",
        "word/vbaProject.bin", "macros");
  }

  public static byte[] plainZip() {
    return zip("notes.txt", "hello", "more.txt", "world");
  }

  /**
   * An OLE2 compound file (Word 97-2003, Excel...) whose directory, in sector {@code
   * directorySector} of 512 bytes, holds the root entry and a stream named {@code streamName}.
   */
  public static byte[] compoundFile(String streamName, int directorySector) {
    int sectors = directorySector + 2;
    ByteBuffer file = ByteBuffer.allocate(512 * (sectors + 1)).order(ByteOrder.LITTLE_ENDIAN);
    file.put(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        });
    file.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE);
    file.putShort(0x1E, (short) 9).putShort(0x20, (short) 6);
    file.putInt(0x2C, 1).putInt(0x30, directorySector).putInt(0x38, 4096);
    int directory = 512 * (directorySector + 1);
    directoryEntry(file, directory, "Root Entry", 5);
    directoryEntry(file, directory + 128, streamName, 2);
    return file.array();
  }

  public static byte[] windowsExecutable() {
    byte[] exe = new byte[1024];
    exe[0] = 'M';
    exe[1] = 'Z';
    ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN).putInt(0x3C, 0x80);
    System.arraycopy(ascii("PE\0\0"), 0, exe, 0x80, 4);
    return exe;
  }

  public static byte[] html() {
    return ascii(
        "<!DOCTYPE html>\n<html><body><script>location='https://example.invalid'</script></body></html>\n");
  }

  public static byte[] text() {
    return "On 5 March at about 9pm I saw a man in a red coat kick the café door.\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** MPEG program stream, as many DVRs export (.mpg, .ps). */
  public static byte[] mpegProgramStream() {
    return concat(
        new byte[] {
          0, 0, 1, (byte) 0xBA, 0x44, 0, 4, 0, 4, 1, 1, (byte) 0x89, (byte) 0xC3, (byte) 0xF8
        },
        new byte[2000]);
  }

  /** MPEG transport stream: 188-byte packets, each starting with the sync byte 0x47. */
  public static byte[] mpegTransportStream() {
    byte[] ts = new byte[188 * 8];
    for (int i = 0; i < 8; i++) ts[i * 188] = 0x47;
    return ts;
  }

  /** A Dahua .dav export: frames starting "DHAV" and a frame type byte. */
  public static byte[] dahuaDav() {
    return concat(ascii("DHAV"), new byte[] {(byte) 0xFD, 0, 0, 0}, new byte[2000]);
  }

  /** A Hikvision export: the 40-byte "IMKH" header, then an MPEG program stream. */
  public static byte[] hikvision() {
    return concat(
        ascii("IMKH"),
        new byte[] {1, 1, 0, 0, 2, 0, 0, 0, 1, 0x10, 1, 0x10},
        new byte[24],
        mpegProgramStream());
  }

  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] resource(String name) {
    try (InputStream in = SampleFiles.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("No test resource " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) image.setRGB(x, y, (x * 7) << 16 | (y * 3) << 8 | 90);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void directoryEntry(ByteBuffer file, int at, String name, int type) {
    byte[] utf16 = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
    file.put(at, utf16);
    file.putShort(at + 64, (short) utf16.length);
    file.put(at + 66, (byte) type);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] typeBytes = ascii(type);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] le32(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) out.writeBytes(part);
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return i;
    }
    throw new IllegalArgumentException("not found");
  }
}
