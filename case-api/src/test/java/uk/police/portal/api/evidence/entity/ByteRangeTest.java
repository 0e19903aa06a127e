package uk.police.portal.api.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void oneRangeIsTakenAsAVideoPlayerAsksForIt() {
    assertThat(ByteRange.parse("bytes=10-99", 1000)).hasValue(new ByteRange(10, 99, 1000));
    assertThat(ByteRange.parse("bytes=500-", 1000)).hasValue(new ByteRange(500, 999, 1000));
    assertThat(ByteRange.parse("bytes=-100", 1000)).hasValue(new ByteRange(900, 999, 1000));
    assertThat(ByteRange.parse("bytes=900-5000", 1000)).hasValue(new ByteRange(900, 999, 1000));
    assertThat(new ByteRange(10, 99, 1000).contentRange()).isEqualTo("bytes 10-99/1000");
    assertThat(new ByteRange(10, 99, 1000).length()).isEqualTo(90);
  }

  @Test
  void theWholeFileSeveralRangesOrNonsenseAreAnsweredWithTheWholeCheckedFile() {
    assertThat(ByteRange.parse(null, 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=0-", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=0-999", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=-5000", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=0-10,20-30", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=50-10", 1000)).isEmpty();
    assertThat(ByteRange.parse("items=1-2", 1000)).isEmpty();
    assertThat(ByteRange.parse("bytes=-", 1000)).isEmpty();
  }

  @Test
  void aRangeBeyondTheEndIsRefused() {
    assertThatThrownBy(() -> ByteRange.parse("bytes=1000-", 1000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
