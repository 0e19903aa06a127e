package uk.police.portal.ui.citizen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnswersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

  @Test
  void aDateInTheFutureIsRefusedInPlainWords() {
    var result = Answers.date("22", "11", "2026", TODAY, "date it happened");
    assertThat(result.date()).isNull();
    assertThat(result.error()).isEqualTo("Date it happened must be today or in the past");
  }

  @Test
  void todayAndThePastAreFine() {
    assertThat(Answers.date("21", "11", "2026", TODAY, "date").date()).isEqualTo(TODAY);
    assertThat(Answers.date(" 3 ", "02", "2024", TODAY, "date").date())
        .isEqualTo(LocalDate.of(2024, 2, 3));
  }

  @Test
  void aMissingPartIsNamedAndMarked() {
    assertThat(Answers.date("", "", "", TODAY, "date it happened").error())
        .isEqualTo("Enter the date it happened");
    var noMonth = Answers.date("3", "", "2026", TODAY, "date it happened");
    assertThat(noMonth.error()).isEqualTo("Date it happened must include a month");
    assertThat(noMonth.part()).isEqualTo("month");
    assertThat(Answers.date("3", "4", "26", TODAY, "date").part()).isEqualTo("year");
  }

  @Test
  void aDateThatDoesNotExistIsNotARealDate() {
    assertThat(Answers.date("31", "2", "2026", TODAY, "date it happened").error())
        .isEqualTo("Date it happened must be a real date");
    assertThat(Answers.date("x", "2", "2026", TODAY, "date it happened").error())
        .isEqualTo("Date it happened must be a real date");
  }

  @Test
  void poundsAreWholeAndNotNegative() {
    assertThat(Answers.pounds("£1,250", "the value").pounds()).isEqualTo(1250);
    assertThat(Answers.pounds("0", "the value").pounds()).isZero();
    assertThat(Answers.pounds("", "the value").pounds()).isNull();
    assertThat(Answers.pounds("", "the value").error()).isNull();
    assertThat(Answers.pounds("-5", "the value").error()).isEqualTo("The value must be 0 or more");
    assertThat(Answers.pounds("12.50", "the value").error())
        .isEqualTo("The value must be in whole pounds, like 250");
    assertThat(Answers.pounds("lots", "the value").error())
        .isEqualTo("The value must be a number of pounds, like 250");
    assertThat(Answers.pounds("99999999999", "the value").error())
        .isEqualTo("The value must be £100,000,000 or less");
  }

  @Test
  void tooLongSaysTheLimitAndHowMuchWasTyped() {
    assertThat(Answers.tooLong("a".repeat(50_000), 10_000, "what happened"))
        .isEqualTo("What happened must be 10,000 characters or fewer. You have typed 50,000.");
    assertThat(Answers.tooLong("a".repeat(10_000), 10_000, "what happened")).isNull();
  }

  @Test
  void emailAndPhoneAreReadKindly() {
    assertThat(Answers.isEmail("alice@example.org")).isTrue();
    assertThat(Answers.isEmail("alice at example")).isFalse();
    assertThat(Answers.isPhone("07700 900 982")).isTrue();
    assertThat(Answers.isPhone("+44 (0)1632 960001")).isTrue();
    assertThat(Answers.isPhone("999")).isFalse();
    assertThat(Answers.isPhone("call me")).isFalse();
  }
}
