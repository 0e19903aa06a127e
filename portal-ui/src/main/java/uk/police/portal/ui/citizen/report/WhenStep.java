package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.form.DateQuestion;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.Question;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** When it happened: a date that is not in the future, and a time in their own words. */
@Dependent
@Route(value = "report/when", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class WhenStep extends QuestionPage {

  static final int TIME_LIMIT = 100;

  final DateQuestion date =
      new DateQuestion(
          "occurred",
          "When did it happen?",
          "For example, 27 3 2026. If it went on for more than a day, give the day it started."
              + " If you are not sure, give your best guess.");
  final TextQuestion time =
      TextQuestion.of(
          "occurred-time",
          "What time did it happen? (optional)",
          "For example, about 3pm, or overnight",
          TextQuestion.Kind.LINE);

  public WhenStep() {
    super(Step.WHEN, "When did it happen?");
    form(date, time);
  }

  @Override
  void show(ReportAnswers answers) {
    if (answers.occurredOn != null) {
      date.setValue(
          String.valueOf(answers.occurredOn.getDayOfMonth()),
          String.valueOf(answers.occurredOn.getMonthValue()),
          String.valueOf(answers.occurredOn.getYear()));
    }
    time.setValue(answers.occurredTime);
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    Answers.DateResult result =
        Answers.date(
            date.dayValue(), date.monthValue(), date.yearValue(), today(), "date it happened");
    if (result.error() != null) {
      dateProblem(date, result.error(), result.part(), problems);
    }
    problem(time, Answers.tooLong(time.value(), TIME_LIMIT, "the time"), problems);
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    answers.occurredOn =
        Answers.date(date.dayValue(), date.monthValue(), date.yearValue(), today(), "date").date();
    answers.occurredTime = Answers.orNull(time.value());
  }

  @Override
  Question questionFor(String field) {
    return "occurredTime".equals(field) ? time : date;
  }

  @Override
  String freeText() {
    return time.value();
  }
}
