package uk.police.portal.ui.citizen.statement;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.citizen.report.Answers;
import uk.police.portal.ui.form.ChoiceQuestion;
import uk.police.portal.ui.form.DateQuestion;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.Question;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The first statement page: who is making it. {@code ?start=new} starts a first statement, {@code
 * ?correct=<id>&version=<n>} a correction of version n; with neither it carries on with the one
 * being written for this case, or starts one. Citizens only (their own case: case-api checks).
 */
@Dependent
@Route(value = "cases/:reference/statement", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class AboutYouPage extends StatementPage {

  static final String YES = "yes";
  static final String NO = "no";
  static final int OCCUPATION = 100;

  final TextQuestion fullName =
      TextQuestion.of("full-name", "Full name", null, TextQuestion.Kind.LINE).autocomplete("name");
  final DateQuestion dateOfBirth =
      DateQuestion.among("date-of-birth", "Date of birth", "For example, 27 3 2010");
  final ChoiceQuestion over18 =
      ChoiceQuestion.radios("over-18", "Are you 18 or over?", null, false)
          .option(YES, "Yes")
          .option(NO, "No", null, dateOfBirth);
  final TextQuestion occupation =
      TextQuestion.of(
          "occupation",
          "Occupation (optional)",
          "For example, nurse, student or retired",
          TextQuestion.Kind.LINE);
  final TextQuestion address =
      TextQuestion.of("address", "Address", null, TextQuestion.Kind.BOX)
          .rows(3)
          .autocomplete("street-address");
  final TextQuestion phone =
      TextQuestion.of(
          "phone",
          "Phone number (optional)",
          "For example, 07700 900 982",
          TextQuestion.Kind.PHONE);

  public AboutYouPage() {
    super(StatementStep.ABOUT_YOU, "About you");
    Span caption = new Span("Your witness statement");
    caption.addClassName("caption");
    Paragraph separate =
        new Paragraph(
            "Your address and phone number go on a separate page of your statement. That page"
                + " is not disclosed: it is not given to the person accused or read out in"
                + " court.");
    separate.addClassName("inset-text");
    form(caption, new H1("About you"), fullName, over18, occupation, separate, address, phone);
    questions.add(dateOfBirth);
  }

  @Override
  String enter(String caseReference, Map<String, List<String>> query) {
    boolean starting =
        query.containsKey("start")
            || query.containsKey("correct")
            || !statement.isWriting(caseReference);
    if (starting && !theirs(caseReference)) {
      // The case page then says what it says for any case that is not theirs.
      return "cases/" + caseReference;
    }
    List<String> correct = query.getOrDefault("correct", List.of());
    List<String> version = query.getOrDefault("version", List.of());
    if (!correct.isEmpty() && correct.get(0).matches("\\d{1,18}")) {
      int corrected =
          version.isEmpty() || !version.get(0).matches("\\d{1,6}")
              ? 0
              : Integer.parseInt(version.get(0));
      statement.startCorrection(
          caseReference, Long.parseLong(correct.get(0)), corrected, nameFromAccount());
    } else if (query.containsKey("start") || !statement.isWriting(caseReference)) {
      statement.start(caseReference, nameFromAccount());
    }
    return super.enter(caseReference, query);
  }

  /** Whether case-api lets them see the case; when it cannot be asked, signing will tell. */
  private boolean theirs(String caseReference) {
    try {
      caseApi.caseFile(caseReference, null);
      return true;
    } catch (CaseApiRefusedException notTheirs) {
      return false;
    } catch (CaseApiUnavailableException unavailable) {
      return true;
    }
  }

  @Override
  String backPath() {
    return "cases/" + reference;
  }

  @Override
  void show(StatementAnswers answers) {
    fullName.setValue(answers.fullName);
    over18.select(answers.over18 == null ? null : answers.over18 ? YES : NO);
    if (answers.dateOfBirth != null) {
      dateOfBirth.setValue(
          String.valueOf(answers.dateOfBirth.getDayOfMonth()),
          String.valueOf(answers.dateOfBirth.getMonthValue()),
          String.valueOf(answers.dateOfBirth.getYear()));
    }
    occupation.setValue(answers.occupation);
    address.setValue(answers.address);
    phone.setValue(answers.phone);
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    require(!fullName.value().isBlank(), fullName, "Enter your full name", problems);
    problem(fullName, Answers.tooLong(fullName.value(), Answers.NAME, "your name"), problems);
    require(over18.selected().isPresent(), over18, "Select yes if you are 18 or over", problems);
    if (over18.isChosen(NO)) {
      Answers.DateResult born =
          Answers.date(
              dateOfBirth.dayValue(),
              dateOfBirth.monthValue(),
              dateOfBirth.yearValue(),
              today(),
              "date of birth");
      String error = born.error();
      if (error == null && !born.date().plusYears(18).isAfter(today())) {
        error = "This date of birth makes you 18 or over. Check it, or select yes";
      }
      if (error != null) {
        dateOfBirth.showError(error, born.error() == null ? null : born.part());
        problems.add(new Problem(dateOfBirth.focusId(), error));
      }
    }
    problem(
        occupation, Answers.tooLong(occupation.value(), OCCUPATION, "your occupation"), problems);
    require(!address.value().isBlank(), address, "Enter your address", problems);
    problem(address, Answers.tooLong(address.value(), Answers.PLACE, "your address"), problems);
    require(
        phone.value().isBlank() || Answers.isPhone(phone.value()),
        phone,
        "Enter a phone number, like 01632 960 001 or 07700 900 982",
        problems);
    return problems;
  }

  @Override
  void keep(StatementAnswers answers) {
    answers.fullName = Answers.orNull(fullName.value());
    answers.over18 = over18.isChosen(YES);
    answers.dateOfBirth =
        answers.over18
            ? null
            : Answers.date(
                    dateOfBirth.dayValue(),
                    dateOfBirth.monthValue(),
                    dateOfBirth.yearValue(),
                    today(),
                    "date of birth")
                .date();
    answers.occupation = Answers.orNull(occupation.value());
    answers.address = Answers.orNull(address.value());
    answers.phone = Answers.orNull(phone.value());
  }

  @Override
  Question questionFor(String field) {
    return switch (field) {
      case "over18" -> over18;
      case "dateOfBirth" -> dateOfBirth;
      case "occupation" -> occupation;
      case "address" -> address;
      case "phone" -> phone;
      default -> fullName;
    };
  }
}
