package uk.police.portal.evidencestore.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UploadHeadTest {

  @Test
  void theHeadIsReadAheadAndTheUploadStillStartsAtItsFirstByte() throws IOException {
    byte[] bytes = new byte[200_000];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);

    UploadHead head = UploadHead.read(new ByteArrayInputStream(bytes), 65_536);

    assertThat(head.head()).isEqualTo(Arrays.copyOf(bytes, 65_536));
    assertThat(head.upload().readAllBytes()).isEqualTo(bytes);
  }

  @Test
  void aShortUploadIsAllHead() throws IOException {
    UploadHead head = UploadHead.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), 65_536);
    assertThat(head.head()).containsExactly(1, 2, 3);
    assertThat(head.upload().readAllBytes()).containsExactly(1, 2, 3);
  }
}
