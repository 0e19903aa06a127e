package uk.police.portal.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  static final String SHA = "FAACB32651A4B92F0CA1A6B2B52009617123C65BE175B50C8BD4CDF151156000";

  @Test
  void sixtyFourCharactersComeInEightGroupsOfEightThatMayWrapOnlyBetweenThem() {
    assertThat(Fingerprint.groups(SHA))
        .hasSize(8)
        .allMatch(group -> group.length() == 8)
        .startsWith("faacb326", "51a4b92f")
        .endsWith("51156000");

    Fingerprint shown = new Fingerprint(SHA);
    assertThat(shown.getElement().getTag()).isEqualTo("code");
    assertThat(shown.getElement().getChildren().map(Element::getTag))
        .containsExactly(
            "span", "wbr", "span", "wbr", "span", "wbr", "span", "wbr", "span", "wbr", "span",
            "wbr", "span", "wbr", "span");
  }

  @Test
  void nothingIsAddedToTheTextSoCopyingOrHearingItGivesTheExactFingerprint() {
    assertThat(new Fingerprint(SHA).value()).isEqualTo(SHA.toLowerCase()).hasSize(64);
  }

  @Test
  void aMissingOrShortValueIsShownAsItIs() {
    assertThat(Fingerprint.groups(null)).isEmpty();
    assertThat(Fingerprint.groups(" abc ")).containsExactly("abc");
    assertThat(Fingerprint.groups("0123456789")).containsExactly("01234567", "89");
  }
}
