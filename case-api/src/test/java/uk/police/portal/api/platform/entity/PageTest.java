package uk.police.portal.api.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void firstRowFollowsFromNumberAndSize() {
    assertThat(new Page(3, 50).first()).isEqualTo(150);
  }

  @Test
  void refusesSizesOutsideOneToTwoHundredInPlainWords() {
    assertThatThrownBy(() -> new Page(0, 0))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("size must be between 1 and 200.");
    assertThatThrownBy(() -> new Page(0, 201)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new Page(-1, 10)).hasMessage("page must be 0 or more.");
  }
}
