package uk.police.portal.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindCaseFormTest {

  @Test
  void referenceIsReadKindlyAsTypedOverThePhone() {
    assertThat(FindCaseForm.normalised("pc 7kq4 9xrt")).contains("PC-7KQ4-9XRT");
    assertThat(FindCaseForm.normalised("7KQ4-9XRT")).contains("PC-7KQ4-9XRT");
    assertThat(FindCaseForm.normalised("PC-7KQ4-9XR")).isEmpty();
    assertThat(FindCaseForm.normalised("<script>")).isEmpty();
  }

  @Test
  void openingACaseNeedsAReferenceAndAReason() {
    FindCaseForm form = new FindCaseForm();
    form.reference.setValue("nonsense");

    assertThat(form.request()).isEmpty();
    assertThat(form.reference.isInvalid()).isTrue();
    assertThat(form.reference.getErrorMessage())
        .isEqualTo("Enter a crime reference like PC-7KQ4-9XRT.");
    assertThat(form.reason.choice.isInvalid()).isTrue();
    assertThat(form.reason.choice.getErrorMessage())
        .isEqualTo("Choose why you are opening this case.");
    assertThat(form.reference.getValue()).as("what was typed stays").isEqualTo("nonsense");
  }

  @Test
  void reasonInTheirOwnWordsIsRequiredWhenTheyChooseAnotherReason() {
    FindCaseForm form = new FindCaseForm();
    form.reference.setValue("pc-7kq4-9xrt");
    form.reason.choice.setValue(ReasonField.OTHER);

    assertThat(form.request()).isEmpty();
    assertThat(form.reason.ownWords.isInvalid()).isTrue();

    form.reason.ownWords.setValue("Court asked for the file");
    assertThat(form.request()).contains(new CaseLink("PC-7KQ4-9XRT", "Court asked for the file"));
  }

  @Test
  void theReasonTravelsInTheAddressOfTheCasePage() {
    FindCaseForm form = new FindCaseForm();
    form.reference.setValue("PC-7KQ4-9XRT");
    form.reason.choice.setValue("Victim asked for an update by phone");

    assertThat(form.request().orElseThrow().href())
        .isEqualTo(
            "staff/cases/PC-7KQ4-9XRT?reason=Victim%20asked%20for%20an%20update%20by%20phone");
  }

  @Test
  void aReasonGivenBeforeIsPutBack() {
    FindCaseForm form = new FindCaseForm();
    form.fill("PC-7KQ4-9XRT", "My own reason");
    assertThat(form.reason.choice.getValue()).isEqualTo(ReasonField.OTHER);
    assertThat(form.reason.ownWords.getValue()).isEqualTo("My own reason");
    form.fill("PC-7KQ4-9XRT", "Supervision");
    assertThat(form.reason.choice.getValue()).isEqualTo("Supervision");
  }
}
