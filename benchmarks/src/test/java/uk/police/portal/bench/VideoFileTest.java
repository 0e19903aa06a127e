package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.portal.evidencestore.intake.control.ContentTypes;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.EvidenceKind;
import uk.police.portal.evidencestore.intake.entity.OriginalName;

class VideoFileTest {

  private static final long SIZE = 3 * 1024 * 1024 + 17;

  @TempDir Path dir;

  @Test
  void evidenceStoreTakesTheFileForAnMp4VideoByItsBytesAndItsName() throws IOException {
    VideoFile video = VideoFile.make(dir.resolve("video-3mb.mp4"), SIZE);

    byte[] head = firstBytes(video.path(), ContentTypes.HEAD_SIZE);
    AcceptedType type =
        new ContentTypes().decide(head, OriginalName.clean(video.path().getFileName().toString()));

    assertThat(type).isEqualTo(AcceptedType.MP4);
    assertThat(type.kind()).isEqualTo(EvidenceKind.VIDEO);
  }

  @Test
  void theFileHasTheAskedSizeAndItsMediaBoxRunsToItsEnd() throws IOException {
    VideoFile video = VideoFile.make(dir.resolve("video.mp4"), SIZE);

    assertThat(Files.size(video.path())).isEqualTo(SIZE).isEqualTo(video.size());
    ByteBuffer header = ByteBuffer.wrap(firstBytes(video.path(), VideoFile.HEADER_SIZE));
    int ftypSize = header.getInt(0);
    assertThat(header.getInt(ftypSize)).as("64-bit size follows").isEqualTo(1);
    assertThat(new String(firstBytes(video.path(), 40), 28, 4, "US-ASCII")).isEqualTo("mdat");
    assertThat(ftypSize + header.getLong(ftypSize + 8)).isEqualTo(SIZE);
  }

  @Test
  void theKeptHashIsTheFilesSha256() throws Exception {
    VideoFile video = VideoFile.make(dir.resolve("video.mp4"), SIZE);

    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(video.path()), sha256)) {
      in.transferTo(OutputStreamToNowhere.INSTANCE);
    }
    String actual = HexFormat.of().formatHex(sha256.digest());
    assertThat(video.sha256()).isEqualTo(actual);
    assertThat(Files.readString(VideoFile.hashFile(video.path())).strip()).isEqualTo(actual);
  }

  @Test
  void theBodyIsNotCompressibleFiller() throws IOException {
    VideoFile video = VideoFile.make(dir.resolve("video.mp4"), SIZE);

    byte[] body = Arrays.copyOfRange(firstBytes(video.path(), 64 * 1024), 40, 64 * 1024);
    long zeros = 0;
    for (byte b : body) {
      if (b == 0) zeros++;
    }
    assertThat(zeros).as("about 1 in 256 bytes").isLessThan(body.length / 100);
  }

  @Test
  void aFileOfTheSameSizeIsReusedAndAnotherSizeIsMadeAgain() throws IOException {
    Path path = dir.resolve("video.mp4");
    VideoFile made = VideoFile.make(path, SIZE);
    Files.writeString(VideoFile.hashFile(path), "a".repeat(64));

    assertThat(VideoFile.ensure(path, SIZE).sha256())
        .as("reused, not re-hashed")
        .isEqualTo("a".repeat(64));
    VideoFile remade = VideoFile.ensure(path, SIZE + 1);
    assertThat(remade.size()).isEqualTo(SIZE + 1);
    assertThat(Files.size(path)).isEqualTo(SIZE + 1);
    assertThat(remade.sha256()).isNotEqualTo(made.sha256());
  }

  private static byte[] firstBytes(Path file, int count) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(count);
    }
  }

  private static final class OutputStreamToNowhere extends java.io.OutputStream {
    static final OutputStreamToNowhere INSTANCE = new OutputStreamToNowhere();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
