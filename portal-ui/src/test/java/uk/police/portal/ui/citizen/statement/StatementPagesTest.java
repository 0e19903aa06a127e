package uk.police.portal.ui.citizen.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.FieldError;
import uk.police.portal.ui.caseapi.entity.StatementForm;
import uk.police.portal.ui.citizen.FakeCaseApi;
import uk.police.portal.ui.citizen.Texts;
import uk.police.portal.ui.form.Problem;

/** The witness statement pages as a person uses them, with case-api in memory. */
class StatementPagesTest {

  static final String REF = "PC-7KQ4-9XRT";
  static final String ACCOUNT = "I saw a tall man in a red jacket cut the lock on my bike.";
  static final Clock NOV_21 =
      Clock.fixed(
          LocalDate.of(2026, 11, 21).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  FakeCaseApi caseApi;
  StatementInProgress statement;
  List<String> visited;

  @BeforeEach
  void aliceHasACase() {
    caseApi = new FakeCaseApi();
    caseApi.cases.put(
        REF,
        new CaseDetail(
            REF,
            "THEFT",
            "Theft",
            "RECEIVED",
            "Received",
            OffsetDateTime.now(),
            null,
            null,
            null,
            null,
            null,
            "STANDARD",
            null,
            null));
    statement = new StatementInProgress();
    visited = new ArrayList<>();
  }

  <P extends StatementPage> P open(P page, Map<String, List<String>> query) {
    page.statement = statement;
    page.caseApi = caseApi;
    page.clock = NOV_21;
    page.go = visited::add;
    String elsewhere = page.enter(REF, query);
    if (elsewhere != null) {
      visited.add(elsewhere);
    }
    return page;
  }

  AboutYouPage aboutYou() {
    return open(new AboutYouPage(), Map.of());
  }

  void answerAboutYou() {
    AboutYouPage page = aboutYou();
    page.over18.select(AboutYouPage.YES);
    page.address.setValue("12 Acacia Avenue, Leeds");
    page.next();
    YourAccountPage account = open(new YourAccountPage(), Map.of());
    account.account.setValue(ACCOUNT);
    account.next();
  }

  @Test
  void aFirstStatementStartsWithTheNameFromTheAccount() {
    AboutYouPage page = aboutYou();
    assertThat(page.fullName.value()).isEqualTo("Alice Ashworth");
    assertThat(page.back.getHref()).isEqualTo("/cases/" + REF);
    assertThat(Texts.visible(page)).contains("That page is not disclosed");
  }

  @Test
  void aboutYouSaysWhatIsMissingAndKeepsWhatWasTyped() {
    AboutYouPage page = aboutYou();
    page.fullName.setValue("");
    page.phone.setValue("call me");

    page.next();

    assertThat(page.errorSummary.problems())
        .extracting(Problem::message)
        .containsExactly(
            "Enter your full name",
            "Select yes if you are 18 or over",
            "Enter your address",
            "Enter a phone number, like 01632 960 001 or 07700 900 982");
    assertThat(page.phone.value()).isEqualTo("call me");
    assertThat(page.getPageTitle()).startsWith("Error: About you");
    assertThat(visited).isEmpty();
  }

  @Test
  void someoneUnder18GivesADateOfBirthThatMakesThemUnder18() {
    AboutYouPage page = aboutYou();
    page.over18.select(AboutYouPage.NO);
    page.address.setValue("12 Acacia Avenue, Leeds");

    page.next();
    assertThat(page.dateOfBirth.error()).isEqualTo("Enter the date of birth");

    page.dateOfBirth.setValue("1", "1", "1990");
    page.next();
    assertThat(page.dateOfBirth.error())
        .isEqualTo("This date of birth makes you 18 or over. Check it, or select yes");

    page.dateOfBirth.setValue("27", "3", "2010");
    page.next();
    assertThat(visited).containsExactly("cases/" + REF + "/statement/account");
    assertThat(statement.answers().toForm(true, null).dateOfBirth())
        .isEqualTo(LocalDate.of(2010, 3, 27));
  }

  @Test
  void theAccountMustSaySomethingAndAskForTheReasonOnlyForACorrection() {
    aboutYou();
    YourAccountPage page = open(new YourAccountPage(), Map.of());
    assertThat(page.correctionReason.isVisible()).isFalse();
    page.account.setValue("too short");

    page.next();

    assertThat(page.account.error()).isEqualTo("Your account must be at least 20 characters");
    page.account.setValue("x".repeat(20_001));
    page.next();
    assertThat(page.account.error())
        .isEqualTo("Your account must be 20,000 characters or fewer. You have typed 20,001.");
  }

  @Test
  void aCaseThatIsNotTheirsGetsTheCasePagesNotFoundInsteadOfAForm() {
    AboutYouPage page = new AboutYouPage();
    page.statement = statement;
    page.caseApi = caseApi;
    assertThat(page.enter("PC-3333-3333", Map.of("start", List.of("new"))))
        .isEqualTo("cases/PC-3333-3333");
    assertThat(statement.isWriting("PC-3333-3333")).isFalse();
  }

  @Test
  void aPageOpenedWithNoStatementUnderwaySendsThePersonToTheFirstPage() {
    open(new CheckStatementPage(), Map.of());
    assertThat(visited).containsExactly("cases/" + REF + "/statement");
  }

  @Test
  void theCheckPageShowsEveryAnswerWithChangeLinksThatComeBack() {
    answerAboutYou();
    CheckStatementPage check = open(new CheckStatementPage(), Map.of());

    assertThat(Texts.visible(check))
        .contains(
            "Full name Alice Ashworth",
            "18 or over Yes",
            "Address 12 Acacia Avenue, Leeds",
            ACCOUNT);
    assertThat(check.answers.getElement().getOuterHTML())
        .contains("href=\"/cases/" + REF + "/statement?change=true\"");

    AboutYouPage change = open(new AboutYouPage(), Map.of("change", List.of("true")));
    assertThat(change.back.getHref()).isEqualTo("/cases/" + REF + "/statement/check");
    change.next();
    assertThat(visited).endsWith("cases/" + REF + "/statement/check");
  }

  @Test
  void nothingIsSignedUntilTheDeclarationIsConfirmed() {
    answerAboutYou();
    DeclarationPage page = open(new DeclarationPage(), Map.of());
    assertThat(Texts.visible(page)).contains(DeclarationPage.DECLARATION, "(Alice Ashworth)");

    page.next();
    assertThat(page.errorSummary.problems())
        .extracting(Problem::message)
        .containsExactly("Select I confirm this statement is true to sign your statement");
    assertThat(caseApi.signed).isEmpty();

    page.confirm.tick(List.of(DeclarationPage.TRUE));
    page.next();

    StatementForm sent = caseApi.signed.get(0);
    assertThat(sent.declarationAccepted()).isTrue();
    assertThat(sent.over18()).isTrue();
    assertThat(sent.dateOfBirth()).isNull();
    assertThat(sent.account()).isEqualTo(ACCOUNT);
    assertThat(sent.supersedes()).isNull();
    assertThat(visited).endsWith("cases/" + REF + "/statement/signed");
    assertThat(statement.receipt().version()).isEqualTo(1);
  }

  @Test
  void caseApisWordOnAFieldIsShownOnThePageThatAsksForIt() {
    answerAboutYou();
    caseApi.refuseStatementWith =
        new CaseApiRefusedException(
            400,
            "Some answers need changing: Enter your address.",
            List.of(new FieldError("address", "Enter your address")));
    DeclarationPage page = open(new DeclarationPage(), Map.of());
    page.confirm.tick(List.of(DeclarationPage.TRUE));

    page.next();

    assertThat(visited).endsWith("cases/" + REF + "/statement?change=true");
    AboutYouPage aboutYou = open(new AboutYouPage(), Map.of("change", List.of("true")));
    assertThat(aboutYou.address.error()).isEqualTo("Enter your address");
    assertThat(aboutYou.errorSummary.problems())
        .containsExactly(new Problem("address", "Enter your address"));
  }

  @Test
  void aRefusalWithNoFieldSuchAsAStaleCorrectionIsShownOnTheDeclarationPage() {
    answerAboutYou();
    caseApi.refuseStatementWith =
        new CaseApiRefusedException(
            409, "You can only correct your latest statement, which is version 2.", List.of());
    DeclarationPage page = open(new DeclarationPage(), Map.of());
    page.confirm.tick(List.of(DeclarationPage.TRUE));

    page.next();

    assertThat(page.errorSummary.problems())
        .extracting(Problem::message)
        .containsExactly("You can only correct your latest statement, which is version 2.");
  }

  @Test
  void aCorrectionStartsFromTheSignedAnswersAsksWhatIsCorrectedAndSupersedesTheLatest() {
    answerAboutYou();
    DeclarationPage sign = open(new DeclarationPage(), Map.of());
    sign.confirm.tick(List.of(DeclarationPage.TRUE));
    sign.next();
    long first = statement.receipt().id();

    AboutYouPage again =
        open(
            new AboutYouPage(),
            Map.of("correct", List.of(String.valueOf(first)), "version", List.of("1")));
    assertThat(again.address.value()).isEqualTo("12 Acacia Avenue, Leeds");
    again.next();
    YourAccountPage account = open(new YourAccountPage(), Map.of());
    assertThat(account.account.value()).isEqualTo(ACCOUNT);
    assertThat(account.correctionReason.isVisible()).isTrue();
    account.next();
    assertThat(account.correctionReason.error()).isEqualTo("Enter what you are correcting");
    account.correctionReason.setValue("The time was 9pm, not 8pm.");
    account.next();
    DeclarationPage declaration = open(new DeclarationPage(), Map.of());
    declaration.confirm.tick(List.of(DeclarationPage.TRUE));
    declaration.next();

    StatementForm correction = caseApi.signed.get(1);
    assertThat(correction.supersedes()).isEqualTo(first);
    assertThat(correction.correctionReason()).isEqualTo("The time was 9pm, not 8pm.");
    StatementSignedPage signed = new StatementSignedPage();
    signed.show(statement.receipt(), statement.signedCorrects());
    assertThat(Texts.visible(signed))
        .contains("Statement signed", "Version 2", "This corrects version 1.", "Pages 2");
  }

  @Test
  void theCasePageOffersToWriteAStatementThenListsItsVersionsAndACorrection() {
    assertThat(Texts.visible(new StatementSection(REF, caseApi, null)))
        .contains("Write a witness statement");

    answerAboutYou();
    DeclarationPage sign = open(new DeclarationPage(), Map.of());
    sign.confirm.tick(List.of(DeclarationPage.TRUE));
    sign.next();
    statement.startCorrection(REF, statement.receipt().id(), 1, "Alice Ashworth");
    statement.answers().account = ACCOUNT;
    statement.answers().over18 = true;
    statement.answers().correctionReason = "The time was 9pm.";
    caseApi.signStatement(REF, statement.answers().toForm(true, statement.supersedes()));

    StatementSection section = new StatementSection(REF, caseApi, null);
    String text = Texts.visible(section);
    assertThat(text)
        .contains(
            "Version 2",
            "Corrects Version 1: The time was 9pm.",
            "Version 1",
            "Corrected by Version 2",
            "Download version 1 (PDF)",
            "Correct your statement");
    assertThat(section.getElement().getOuterHTML())
        .contains("href=\"/cases/" + REF + "/statement?correct=102&amp;version=2\"");
  }
}
