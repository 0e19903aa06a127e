package uk.police.portal.chatbot.triage.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.portal.chatbot.triage.entity.Category;
import uk.police.portal.chatbot.triage.entity.Referral;
import uk.police.portal.chatbot.triage.entity.UnusableMessage;

class TriageTest {

  private final Triage triage = SharedTriage.get();

  @Test
  void emergencyCarriesTheRuleThatFired() {
    var a = triage.assess("he is outside with a knife");
    assertThat(a.emergency()).isTrue();
    assertThat(a.safetyRule()).isEqualTo("WEAPON_PRESENT");
  }

  @Test
  void referralFollowsTheCategory() {
    var a = triage.assess("the neighbours have loud parties every night until 4am");
    assertThat(a.category()).isEqualTo(Category.ENVIRONMENTAL);
    assertThat(a.referral()).isEqualTo(Referral.LOCAL_COUNCIL);
    assertThat(a.alternatives()).hasSize(3).doesNotContain(a.category());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SOMEONE HAS SMASHED MY CAR WINDOW AND TAKEN MY BAG",
        "someonestolemybikefromoutsidethestation",
        "<b>my</b> <i>phone</i> was stolen <script>alert('x')</script>",
        "Ktoś ukradł my bike yesterday przed sklepem",
        "???!!! help",
        "a"
      })
  void oddButReadableInputGetsAnAnswer(String text) {
    var a = triage.assess(text);
    assertThat(a.category()).isNotNull();
    assertThat(a.language()).hasSize(2);
    assertThat(a.confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void unreadableInputIsRefusedWithAPlainReason() {
    assertThatThrownBy(() -> triage.assess(""))
        .isInstanceOf(UnusableMessage.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> triage.assess("x".repeat(10_000)))
        .isInstanceOf(UnusableMessage.class)
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> triage.assess("😡😡😡"))
        .isInstanceOf(UnusableMessage.class)
        .hasMessageContaining("words");
  }
}
