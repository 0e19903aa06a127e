package uk.police.portal.evidencestore.storage.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashingInputStreamTest {

  // FIPS 180-2 test vectors
  static final String SHA256_OF_ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  static final String SHA256_OF_NOTHING =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void hashesAndCountsEveryByteReadInBlocks() throws IOException {
    HashingInputStream in = new HashingInputStream(stream("abc"));
    assertThat(in.readAllBytes()).hasSize(3);
    assertThat(in.count()).isEqualTo(3);
    assertThat(in.sha256Hex()).isEqualTo(SHA256_OF_ABC);
  }

  @Test
  void hashesBytesReadOneAtATime() throws IOException {
    HashingInputStream in = new HashingInputStream(stream("abc"));
    while (in.read() >= 0) {}
    assertThat(in.sha256Hex()).isEqualTo(SHA256_OF_ABC);
  }

  @Test
  void skippedBytesAreStillHashed() throws IOException {
    HashingInputStream in = new HashingInputStream(stream("abc"));
    assertThat(in.skip(2)).isEqualTo(2);
    in.readAllBytes();
    assertThat(in.count()).isEqualTo(3);
    assertThat(in.sha256Hex()).isEqualTo(SHA256_OF_ABC);
  }

  @Test
  void anEmptyUploadHasTheHashOfNothing() throws IOException {
    HashingInputStream in = new HashingInputStream(stream(""));
    in.readAllBytes();
    assertThat(in.count()).isZero();
    assertThat(in.sha256Hex()).isEqualTo(SHA256_OF_NOTHING);
  }

  @Test
  void cannotBeRewoundSoNoByteIsHashedTwice() {
    HashingInputStream in = new HashingInputStream(stream("abc"));
    assertThat(in.markSupported()).isFalse();
    assertThatThrownBy(in::reset).isInstanceOf(IOException.class);
  }

  @Test
  void remembersThatTheUploadItselfBroke() {
    IOException broken = new IOException("client went away");
    HashingInputStream in =
        new HashingInputStream(
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw broken;
              }
            });
    assertThatThrownBy(in::readAllBytes).isSameAs(broken);
    assertThat(in.sourceFailure()).isSameAs(broken);
  }

  @Test
  void aDownloadWhoseBytesChangedFailsAtItsEnd() {
    VerifyingInputStream in = new VerifyingInputStream(stream("abd"), SHA256_OF_ABC, "key");
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Integrity check failed for key");
  }

  @Test
  void anIntactDownloadReadsToItsEnd() throws IOException {
    VerifyingInputStream in = new VerifyingInputStream(stream("abc"), SHA256_OF_ABC, "key");
    assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("abc");
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }
}
