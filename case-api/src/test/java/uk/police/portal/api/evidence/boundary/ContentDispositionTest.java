package uk.police.portal.api.evidence.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void aPlainNameIsGivenInBothForms() {
    assertThat(ContentDisposition.attachment("IMG_0001.jpg"))
        .isEqualTo("attachment; filename=\"IMG_0001.jpg\"; filename*=UTF-8''IMG_0001.jpg");
  }

  @Test
  void aNameBeyondAsciiIsPercentEncodedInUtf8WithAnAsciiStandIn() {
    assertThat(ContentDisposition.attachment("Straße café.jpg"))
        .isEqualTo(
            "attachment; filename=\"Stra_e caf_.jpg\"; filename*=UTF-8''Stra%C3%9Fe%20caf%C3%A9.jpg");
  }

  @Test
  void quotesAndSeparatorsCannotBreakOutOfTheHeader() {
    String header = ContentDisposition.attachment("a\"; filename=evil.html; x=\\.txt");

    assertThat(header)
        .startsWith("attachment; filename=\"a_; filename=evil.html; x=_.txt\"; filename*=UTF-8''")
        .endsWith("a%22%3B%20filename%3Devil.html%3B%20x%3D%5C.txt");
  }
}
