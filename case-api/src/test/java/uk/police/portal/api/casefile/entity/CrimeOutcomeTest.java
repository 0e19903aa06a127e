package uk.police.portal.api.casefile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CrimeOutcomeTest {

  @Test
  void everyOutcomeHasItsOwnCode() {
    assertThat(Arrays.stream(CrimeOutcome.values()).map(CrimeOutcome::code))
        .doesNotHaveDuplicates();
  }

  @Test
  void victimsReadShortPlainSentencesWithoutOutcomeNumbers() {
    for (CrimeOutcome outcome : CrimeOutcome.values()) {
      assertThat(outcome.forVictim())
          .as(outcome.name())
          .endsWith(".")
          .doesNotContainPattern("\\b[Oo]utcome\\b")
          .doesNotContainPattern("\\d");
      assertThat(outcome.forVictim().split(" ")).as(outcome.name()).hasSizeLessThanOrEqualTo(30);
    }
  }

  @Test
  void codesReadBackIncludingLetterSuffixes() {
    assertThat(CrimeOutcome.ofCode("1a")).contains(CrimeOutcome.CHARGED_ALTERNATIVE_OFFENCE);
    assertThat(CrimeOutcome.ofCode("18")).contains(CrimeOutcome.NO_SUSPECT_IDENTIFIED);
    assertThat(CrimeOutcome.ofCode("19")).isEmpty();
  }

  @Test
  void onlyOutcomesWhereSomeoneWasHeldToAccountCountAsDealtWith() {
    assertThat(CrimeOutcome.CHARGED.offenderDealtWith()).isTrue();
    assertThat(CrimeOutcome.COMMUNITY_RESOLUTION.offenderDealtWith()).isTrue();
    assertThat(CrimeOutcome.NO_SUSPECT_IDENTIFIED.offenderDealtWith()).isFalse();
    assertThat(CrimeOutcome.EVIDENTIAL_DIFFICULTIES.offenderDealtWith()).isFalse();
  }
}
