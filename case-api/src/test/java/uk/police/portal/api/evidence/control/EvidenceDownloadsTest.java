package uk.police.portal.api.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.evidence.entity.EvidenceItem;
import uk.police.portal.api.evidence.entity.SampleItems;
import uk.police.portal.evidencestore.storage.control.VerifyingInputStream;

class EvidenceDownloadsTest {

  private final EvidenceDownloads downloads = new EvidenceDownloads();

  @Test
  void bytesThatPassTheirCheckArriveWhole() throws Exception {
    byte[] file = bytes(3 * EvidenceDownloads.BLOCK + 123);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    downloads.copy(item(file), "PC-3333-3333", verified(file, file), out);

    assertThat(out.toByteArray()).isEqualTo(file);
  }

  @Test
  void changedBytesNeverArriveWhole() throws Exception {
    byte[] file = bytes(3 * EvidenceDownloads.BLOCK + 123);
    byte[] changed = file.clone();
    changed[changed.length - 1] ^= 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () -> downloads.copy(item(file), "PC-3333-3333", verified(changed, file), out))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Integrity check failed");
    assertThat(out.size()).as("the last block is held back").isEqualTo(3 * EvidenceDownloads.BLOCK);
  }

  @Test
  void aFileOfOneBlockSendsNothingBeforeItsCheck() throws Exception {
    byte[] file = bytes(1000);
    byte[] changed = file.clone();
    changed[0] ^= 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () -> downloads.copy(item(file), "PC-3333-3333", verified(changed, file), out))
        .isInstanceOf(IOException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void moreOrFewerBytesThanRecordedFail() {
    byte[] file = bytes(5000);

    assertThatThrownBy(
            () ->
                downloads.copy(
                    item(file),
                    "PC-3333-3333",
                    new ByteArrayInputStream(bytes(4000)),
                    new ByteArrayOutputStream()))
        .hasMessageContaining("sent 4000 of 5000 bytes");
    assertThatThrownBy(
            () ->
                downloads.copy(
                    item(file),
                    "PC-3333-3333",
                    new ByteArrayInputStream(bytes(6000)),
                    new ByteArrayOutputStream()))
        .hasMessageContaining("more than the 5000 bytes");
  }

  private static EvidenceItem item(byte[] file) throws Exception {
    return SampleItems.text("notes.txt", file);
  }

  private static InputStream verified(byte[] served, byte[] recorded) throws Exception {
    return new VerifyingInputStream(new ByteArrayInputStream(served), sha256(recorded), "test");
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) bytes[i] = (byte) (i * 31);
    return bytes;
  }
}
