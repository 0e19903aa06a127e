package uk.police.portal.ui.citizen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.FieldError;
import uk.police.portal.ui.caseapi.entity.ReportDraft;
import uk.police.portal.ui.citizen.FakeCaseApi;
import uk.police.portal.ui.citizen.Texts;
import uk.police.portal.ui.form.EmergencyAdvice;
import uk.police.portal.ui.form.Problem;

/** The question pages as a person uses them, with case-api in memory. */
class ReportPagesTest {

  static final Clock NOV_21 =
      Clock.fixed(
          LocalDate.of(2026, 11, 21).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  FakeCaseApi caseApi;
  ReportInProgress report;
  List<String> visited;

  @BeforeEach
  void newSession() {
    caseApi = new FakeCaseApi();
    report = new ReportInProgress();
    visited = new ArrayList<>();
  }

  <P extends QuestionPage> P open(P page, boolean change) {
    page.report = report;
    page.caseApi = caseApi;
    page.clock = NOV_21;
    page.go = visited::add;
    page.enter(change);
    return page;
  }

  @Test
  void fiftyThousandCharactersAreKeptInTheBoxWithAMessageSayingHowMany() {
    WhatHappenedStep page = open(new WhatHappenedStep(), false);
    String typed = "x".repeat(50_000);
    page.answer.setValue(typed);

    page.next();

    String message = "What happened must be 10,000 characters or fewer. You have typed 50,000.";
    assertThat(page.answer.error()).isEqualTo(message);
    assertThat(page.errorSummary.problems()).containsExactly(new Problem("what-happened", message));
    assertThat(page.answer.value()).isEqualTo(typed);
    assertThat(visited).isEmpty();
    assertThat(caseApi.saved).isEmpty();
  }

  @Test
  void aMissingRequiredAnswerIsNamedBesideTheField() {
    WhatHappenedStep page = open(new WhatHappenedStep(), false);

    page.next();

    assertThat(page.answer.error()).isEqualTo("Enter what happened");
    assertThat(Texts.visible(page)).contains("There is a problem", "Error: Enter what happened");
    assertThat(visited).isEmpty();
  }

  @Test
  void aDateInTheFutureStaysTypedWithItsMessage() {
    WhenStep page = open(new WhenStep(), false);
    page.date.setValue("25", "12", "2026");
    page.time.setValue("about 3pm");

    page.next();

    assertThat(page.date.error()).isEqualTo("Date it happened must be today or in the past");
    assertThat(page.date.dayValue()).isEqualTo("25");
    assertThat(page.date.monthValue()).isEqualTo("12");
    assertThat(page.date.yearValue()).isEqualTo("2026");
    assertThat(page.time.value()).isEqualTo("about 3pm");
    assertThat(visited).isEmpty();
  }

  @Test
  void eachPagePassedIsSavedAsADraftWithThePageToComeBackTo() {
    WhenStep page = open(new WhenStep(), false);
    page.date.setValue("20", "11", "2026");

    page.next();

    assertThat(visited).containsExactly("report/where");
    assertThat(caseApi.draft.step()).isEqualTo("where");
    assertThat(caseApi.draft.form().occurredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void anEmergencyInFreeTextShowsThe999AdviceAtOnceAndContinueCarriesOn() {
    WhereStep page = open(new WhereStep(), false);
    page.location.setValue("Outside my house, he is still here now");

    page.next();

    assertThat(page.emergency.showing()).isTrue();
    assertThat(Texts.visible(page.emergency)).contains(EmergencyAdvice.HEADING, "call 999");
    assertThat(page.emergency.getElement().getAttribute("role")).isEqualTo("alert");
    assertThat(visited).isEmpty();
    assertThat(report.answers().location).isEqualTo("Outside my house, he is still here now");

    page.next();

    assertThat(visited).containsExactly("report/what-was-taken");
    assertThat(caseApi.triaged).hasSize(1);
  }

  @Test
  void yesToHappeningNowShowsThe999Advice() {
    HappeningNowStep page = open(new HappeningNowStep(), false);
    page.happeningNow.select(ReportAnswers.YES);

    page.next();

    assertThat(page.emergency.showing()).isTrue();
    assertThat(visited).isEmpty();
    page.next();
    assertThat(visited).containsExactly("report/when");
  }

  @Test
  void fraudGoesToActionFraudAndNoReportOrDraftIsMade() {
    TypeOfCrimeStep page = open(new TypeOfCrimeStep(), false);
    page.category.select("FRAUD");

    page.next();

    assertThat(visited).containsExactly("report/elsewhere/fraud");
    assertThat(report.answers().category).isNull();
    assertThat(caseApi.saved).isEmpty();
    ElsewhereView elsewhere = new ElsewhereView();
    elsewhere.show(Category.FRAUD);
    assertThat(Texts.visible(elsewhere))
        .contains("Report fraud to Action Fraud", "We have not made a police report");
    assertThat(elsewhere.getPageTitle()).startsWith("Report fraud to Action Fraud");
  }

  @Test
  void everyReferralCategoryNamesItsPartnerWithALink() {
    assertThat(Category.ENVIRONMENTAL.elsewhere().orElseThrow().url()).contains("gov.uk");
    assertThat(Category.ANIMAL_WELFARE.elsewhere().orElseThrow().url()).contains("rspca");
    assertThat(Category.CIVIL_DISPUTE.elsewhere().orElseThrow().url()).contains("citizensadvice");
    assertThat(Category.MENTAL_HEALTH.elsewhere().orElseThrow().url()).contains("111");
    assertThat(Category.MISSING_PERSON.elsewhere().orElseThrow().paragraphs())
        .anySatisfy(p -> assertThat(p).contains("999").contains("101"));
    assertThat(Category.THEFT.elsewhere()).isEmpty();
  }

  @Test
  void changingAnAnswerReturnsToCheckAnswers() {
    report.answers().location = "High Street";
    WhereStep page = open(new WhereStep(), true);
    assertThat(page.location.value()).isEqualTo("High Street");
    assertThat(page.back.getHref()).isEqualTo("/report/check-answers");
    page.location.setValue("Market Square");

    page.next();

    assertThat(visited).containsExactly("report/check-answers");
    assertThat(report.answers().location).isEqualTo("Market Square");
  }

  @Test
  void someoneElseNeedsTheirNameAndHowYouKnowThem() {
    VictimStep page = open(new VictimStep(), false);
    page.victim.select(VictimStep.SOMEONE_ELSE);

    page.next();

    assertThat(page.errorSummary.problems())
        .extracting(Problem::message)
        .containsExactly("Enter their full name", "Enter how you know them");
    assertThat(page.name.isVisible()).isTrue();
  }

  @Test
  void theSupportQuestionsMayAllBeSkipped() {
    SupportStep page = open(new SupportStep(), false);
    assertThat(Texts.visible(page)).contains("You do not have to answer these questions");

    page.next();

    assertThat(page.errorSummary.problems()).isEmpty();
    assertThat(visited).containsExactly("report/contact");
    assertThat(caseApi.draft.form().vulnerability().feelsUnsafe()).isNull();
  }

  @Test
  void emailNeedsAnAddressInTheRightShape() {
    ContactStep page = open(new ContactStep(), false);
    page.ways.tick(List.of(ContactStep.EMAIL, ContactStep.TEXT));
    page.email.setValue("alice at example");

    page.next();

    assertThat(page.email.error())
        .isEqualTo("Enter an email address in the correct format, like name@example.com");
    assertThat(page.phone.error()).isEqualTo("Enter your phone number");
    assertThat(page.email.value()).isEqualTo("alice at example");
  }

  @Test
  void nothingTickedAsksHowToContactThem() {
    ContactStep page = open(new ContactStep(), false);
    page.next();
    assertThat(page.ways.error()).isEqualTo("Select how we can contact you");
  }

  @Test
  void htmlIsShownAsTheTextThatWasTypedOnCheckAnswers() {
    fillIn(report.answers());
    String html = "<script>alert(1)</script><b>bold</b>";
    report.answers().whatHappened = html;
    report.answers().suspect = html;
    CheckAnswersView page = checkAnswers();

    assertThat(Texts.visible(page)).contains(html);
    assertThat(Texts.tags(page)).doesNotContain("script", "b");
  }

  @Test
  void caseApiRefusingAnAnswerSendsThePersonToItsPageWithTheMessage() {
    fillIn(report.answers());
    caseApi.refuseReportWith =
        List.of(new FieldError("occurredOn", "The date cannot be in the future."));
    CheckAnswersView page = checkAnswers();

    page.send();

    assertThat(visited).containsExactly("report/when?change=true");
    WhenStep when = open(new WhenStep(), true);
    assertThat(when.date.error()).isEqualTo("The date cannot be in the future.");
    assertThat(when.errorSummary.problems())
        .extracting(Problem::message)
        .containsExactly("The date cannot be in the future.");
    assertThat(when.back.getHref()).isEqualTo("/report/check-answers");
    assertThat(caseApi.reports).isEmpty();
  }

  @Test
  void aMissingAnswerFromAnOldDraftIsAskedForOnItsPage() {
    fillIn(report.answers());
    report.answers().whatHappened = null;
    CheckAnswersView page = checkAnswers();

    page.send();

    assertThat(visited).containsExactly("report/what-happened?change=true");
    WhatHappenedStep step = open(new WhatHappenedStep(), true);
    assertThat(step.answer.error()).isEqualTo("Enter what happened");
  }

  @Test
  void sendingGivesTheReferenceAndForgetsTheAnswers() {
    fillIn(report.answers());
    CheckAnswersView page = checkAnswers();

    page.send();

    assertThat(visited).containsExactly("report/confirmation");
    assertThat(caseApi.reports).hasSize(1);
    assertThat(report.answers().whatHappened).isNull();
    ConfirmationView confirmation = new ConfirmationView();
    confirmation.caseApi = caseApi;
    confirmation.show(report.receipt(), report.receiptEmail());
    assertThat(confirmation.reference.getText()).isEqualTo("PC-7KQ4-9XRT");
    assertThat(Texts.visible(confirmation))
        .contains(
            "Report sent",
            "Your crime reference number",
            "We have sent a confirmation email to alice@example.org.",
            "What happens next",
            "How to contact us");
  }

  @Test
  void noEmailIsPromisedWhenTheyAskedForNone() {
    var receipt =
        new uk.police.portal.ui.caseapi.entity.ReportReceipt(
            "PC-7KQ4-9XRT", null, List.of(), null, false);
    assertThat(ConfirmationView.emailText(receipt, null))
        .isEqualTo(
            "We have not sent you an email, because you asked us not to contact you by email.");
  }

  @Test
  void aSavedDraftCanBeContinuedOrStartedAgain() {
    ReportAnswers earlier = new ReportAnswers();
    earlier.category = "THEFT";
    earlier.location = "High Street";
    caseApi.draft = new ReportDraft("what-was-taken", earlier.toForm(), null);
    ReportStartView start = startPage();

    assertThat(start.resume.isVisible()).isTrue();
    assertThat(start.startAgain.isVisible()).isTrue();
    assertThat(start.start.isVisible()).isFalse();
    start.resume();

    assertThat(visited).containsExactly("report/what-was-taken");
    WhereStep where = open(new WhereStep(), false);
    assertThat(where.location.value()).isEqualTo("High Street");

    startPage().startAgain();
    assertThat(caseApi.draftsDiscarded).isEqualTo(1);
    assertThat(report.answers().location).isNull();
  }

  @Test
  void withoutADraftThereIsOnlyStartNow() {
    ReportStartView start = startPage();
    assertThat(start.start.isVisible()).isTrue();
    assertThat(start.draftChoice.isVisible()).isFalse();
    assertThat(Texts.visible(start)).contains("10 minutes", "call 999");
  }

  private ReportStartView startPage() {
    ReportStartView start = new ReportStartView();
    start.report = report;
    start.caseApi = caseApi;
    start.go = visited::add;
    start.show(report.savedDraft(caseApi));
    return start;
  }

  private CheckAnswersView checkAnswers() {
    CheckAnswersView page = new CheckAnswersView();
    page.report = report;
    page.caseApi = caseApi;
    page.go = visited::add;
    page.enter();
    return page;
  }

  static void fillIn(ReportAnswers a) {
    a.category = "THEFT";
    a.happeningNow = ReportAnswers.NO;
    a.occurredOn = LocalDate.of(2026, 11, 20);
    a.location = "High Street";
    a.whatHappened = "My bike was taken from the rack.";
    a.victim = "me";
    a.contactAnswered = true;
    a.byEmail = true;
    a.email = "alice@example.org";
    a.mayLeaveMessages = false;
  }
}
