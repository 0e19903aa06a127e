package uk.police.portal.api.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CaseQuotaGuardTest {

  @Test
  void aFileThatFitsExactlyPassesWhole() throws IOException {
    byte[] file = new byte[1000];

    byte[] read = new CaseQuotaGuard(new ByteArrayInputStream(file), 1000).readAllBytes();

    assertThat(read).hasSize(1000);
  }

  @Test
  void oneByteOverIsRefusedFromInsideTheStream() {
    InputStream guarded = new CaseQuotaGuard(new ByteArrayInputStream(new byte[1001]), 1000);

    assertThatThrownBy(guarded::readAllBytes)
        .isInstanceOf(CaseQuotaGuard.QuotaPassed.class)
        .hasMessageContaining("1000 bytes left");
  }

  @Test
  void readsAtMostOneBytePastWhatIsLeft() {
    CountingStream source = new CountingStream(new byte[10_000_000]);
    InputStream guarded = new CaseQuotaGuard(source, 5000);

    assertThatThrownBy(() -> guarded.read(new byte[1 << 20])).isNotNull();
    assertThatThrownBy(guarded::readAllBytes).isInstanceOf(IOException.class);
    assertThat(source.count).isLessThanOrEqualTo(5001 + 1);
  }

  @Test
  void skippedBytesCountToo() {
    InputStream guarded = new CaseQuotaGuard(new ByteArrayInputStream(new byte[3000]), 1000);

    assertThatThrownBy(() -> guarded.skip(2000)).isInstanceOf(CaseQuotaGuard.QuotaPassed.class);
  }

  private static final class CountingStream extends ByteArrayInputStream {
    long count;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }
  }
}
