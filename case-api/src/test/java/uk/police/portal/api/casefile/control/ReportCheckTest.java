package uk.police.portal.api.casefile.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.casefile.entity.VictimRights;
import uk.police.portal.api.platform.entity.FieldError;
import uk.police.portal.api.platform.entity.InvalidRequestException;

class ReportCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

  static ReportForm theft() {
    return new ReportForm(
        "THEFT",
        "My bike was taken.",
        TODAY.minusDays(1),
        null,
        "Broad Street",
        "A bike",
        300,
        null,
        null,
        null,
        new ReportForm.Victim(false, null, null, null, null),
        null,
        new ReportForm.ContactPreferences(
            true, "a@example.org", false, null, false, null, false, null));
  }

  static ReportForm with(String category, LocalDate day, String story, ReportForm.Victim victim) {
    ReportForm t = theft();
    return new ReportForm(
        category,
        story,
        day,
        null,
        t.location(),
        null,
        null,
        null,
        null,
        null,
        victim,
        null,
        t.contact());
  }

  private static java.util.List<FieldError> errorsOf(ReportForm form) {
    return catchThrowableOfType(
            InvalidRequestException.class, () -> ReportCheck.require(form, TODAY))
        .errors();
  }

  @Test
  void aCompleteTheftReportIsAccepted() {
    assertThatCode(() -> ReportCheck.require(theft(), TODAY)).doesNotThrowAnyException();
  }

  @Test
  void todayIsAcceptedButTomorrowIsNot() {
    ReportForm today = with("THEFT", TODAY, "x", theft().victim());
    ReportForm tomorrow = with("THEFT", TODAY.plusDays(1), "x", theft().victim());

    assertThatCode(() -> ReportCheck.require(today, TODAY)).doesNotThrowAnyException();
    assertThat(errorsOf(tomorrow))
        .containsExactly(
            new FieldError("occurredOn", "The date it happened must be today or in the past"));
  }

  @Test
  void everyMissingAnswerIsNamedAtOnce() {
    ReportForm empty =
        new ReportForm(null, " ", null, null, null, null, null, null, null, null, null, null, null);

    assertThat(errorsOf(empty))
        .extracting(FieldError::field)
        .containsExactly("category", "whatHappened", "occurredOn", "location", "victim", "contact");
  }

  @Test
  void aStoryOfTenThousandCharactersFitsAndOneMoreDoesNot() {
    ReportForm fits = with("THEFT", TODAY, "x".repeat(10_000), theft().victim());
    ReportForm tooLong = with("THEFT", TODAY, "x".repeat(10_001), theft().victim());

    assertThatCode(() -> ReportCheck.require(fits, TODAY)).doesNotThrowAnyException();
    assertThat(errorsOf(tooLong).get(0).message())
        .isEqualTo("What happened must be 10,000 characters or fewer. You have typed 10,001");
  }

  @Test
  void referralCategoriesPointToThePartnerInsteadOfMakingAReport() {
    assertThat(errorsOf(with("FRAUD", TODAY, "x", theft().victim())).get(0).message())
        .contains("Action Fraud")
        .contains("0300 123 2040");
    assertThat(errorsOf(with("ANIMAL_WELFARE", TODAY, "x", theft().victim())).get(0).message())
        .contains("RSPCA");
    assertThat(errorsOf(with("MISSING_PERSON", TODAY, "x", theft().victim())).get(0).message())
        .contains("101");
  }

  @Test
  void reportingForSomeoneElseNeedsTheirName() {
    ReportForm.Victim nameless = new ReportForm.Victim(true, "", "Son", null, null);

    assertThat(errorsOf(with("THEFT", TODAY, "x", nameless)))
        .containsExactly(
            new FieldError("victim.name", "Enter the name of the person it happened to"));
  }

  @Test
  void victimsOfTheMostSeriousCrimesAndVulnerableVictimsHaveEnhancedRights() {
    ReportForm abuse = with("DOMESTIC_ABUSE", TODAY, "x", theft().victim());
    ReportForm t = theft();
    ReportForm unsafe =
        new ReportForm(
            t.category(),
            t.whatHappened(),
            t.occurredOn(),
            null,
            t.location(),
            null,
            null,
            null,
            null,
            null,
            t.victim(),
            new ReportForm.Vulnerability(true, null, null, null),
            t.contact());
    ReportForm preferNotToSay =
        new ReportForm(
            t.category(),
            t.whatHappened(),
            t.occurredOn(),
            null,
            t.location(),
            null,
            null,
            null,
            null,
            null,
            t.victim(),
            new ReportForm.Vulnerability(null, null, null, " "),
            t.contact());

    assertThat(VictimRightsRule.of(abuse)).isEqualTo(VictimRights.ENHANCED);
    assertThat(VictimRightsRule.of(unsafe)).isEqualTo(VictimRights.ENHANCED);
    assertThat(VictimRightsRule.of(preferNotToSay)).isEqualTo(VictimRights.STANDARD);
    assertThat(VictimRightsRule.of(theft())).isEqualTo(VictimRights.STANDARD);
  }
}
