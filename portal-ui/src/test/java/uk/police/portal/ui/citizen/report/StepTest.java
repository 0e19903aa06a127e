package uk.police.portal.ui.citizen.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepTest {

  @Test
  void caseApiFieldNamesLeadToThePageThatAsksForThem() {
    assertThat(Step.asking("occurredOn")).isEqualTo(Step.WHEN);
    assertThat(Step.asking("whatHappened")).isEqualTo(Step.WHAT_HAPPENED);
    assertThat(Step.asking("propertyValuePounds")).isEqualTo(Step.PROPERTY);
    assertThat(Step.asking("contact.email")).isEqualTo(Step.CONTACT);
    assertThat(Step.asking("contact")).isEqualTo(Step.CONTACT);
    assertThat(Step.asking("contact.codeWord")).isEqualTo(Step.STAYING_SAFE);
    assertThat(Step.asking("victim.name")).isEqualTo(Step.VICTIM);
    assertThat(Step.asking("vulnerability.under18")).isEqualTo(Step.SUPPORT);
    assertThat(Step.asking("somethingElse")).isEqualTo(Step.CHECK_ANSWERS);
    assertThat(Step.asking(null)).isEqualTo(Step.CHECK_ANSWERS);
  }

  @Test
  void contactComesBeforeStayingSafeAndCheckAnswersIsLast() {
    assertThat(Step.SUPPORT.next()).isEqualTo(Step.CONTACT);
    assertThat(Step.CONTACT.next()).isEqualTo(Step.STAYING_SAFE);
    assertThat(Step.STAYING_SAFE.next()).isEqualTo(Step.CHECK_ANSWERS);
    assertThat(Step.TYPE_OF_CRIME.previous()).isEqualTo(Step.TYPE_OF_CRIME);
    assertThat(Step.FLOW).containsExactlyInAnyOrder(Step.values());
  }
}
