package uk.police.portal.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignedInStaffTest {

  private static final SignedInStaff IAN =
      new SignedInStaff("ian", "Ian Investigator", List.of("investigator"));
  private static final SignedInStaff SAM =
      new SignedInStaff("sam", "Sam Supervisor", List.of("supervisor"));
  private static final SignedInStaff HANNAH =
      new SignedInStaff("hannah", "Hannah Handler", List.of("contact-handler"));

  @Test
  void investigatorActsOnlyOnTheirOwnCasesAndMayTakeAnUnassignedOne() {
    assertThat(IAN.mayActOn(FakeCaseApi.caseDetail("ian", "Ian Investigator"))).isTrue();
    assertThat(IAN.mayActOn(FakeCaseApi.caseDetail("ivy", "Ivy Inspector"))).isFalse();
    assertThat(IAN.mayActOn(FakeCaseApi.caseDetail(null, null))).isFalse();
    assertThat(IAN.mayTake(FakeCaseApi.caseDetail(null, null))).isTrue();
    assertThat(IAN.mayTake(FakeCaseApi.caseDetail("ivy", "Ivy Inspector"))).isFalse();
  }

  @Test
  void supervisorActsOnAnyCase() {
    assertThat(SAM.mayActOn(FakeCaseApi.caseDetail("ivy", "Ivy Inspector"))).isTrue();
    assertThat(SAM.mayActOn(FakeCaseApi.caseDetail(null, null))).isTrue();
  }

  @Test
  void contactHandlerReadsButNeverActs() {
    assertThat(HANNAH.worksCases()).isFalse();
    assertThat(HANNAH.mayActOn(FakeCaseApi.caseDetail("hannah", "Hannah Handler"))).isFalse();
    assertThat(HANNAH.mayTake(FakeCaseApi.caseDetail(null, null))).isFalse();
  }
}
