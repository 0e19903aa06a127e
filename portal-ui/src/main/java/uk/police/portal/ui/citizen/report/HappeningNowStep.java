package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.form.ChoiceQuestion;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** The emergency question: a yes shows the 999 advice at once. */
@Dependent
@Route(value = "report/happening-now", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class HappeningNowStep extends QuestionPage {

  final ChoiceQuestion happeningNow =
      ChoiceQuestion.radios(
              "happening-now", "Is it happening now, or is anyone in danger?", null, true)
          .option(ReportAnswers.YES, "Yes")
          .option(ReportAnswers.NO, "No");

  public HappeningNowStep() {
    super(Step.HAPPENING_NOW, "Is it happening now, or is anyone in danger?");
    form(happeningNow);
  }

  @Override
  void show(ReportAnswers answers) {
    happeningNow.select(answers.happeningNow);
  }

  @Override
  String emergencyKey() {
    return happeningNow.isChosen(ReportAnswers.YES) ? ReportAnswers.YES : null;
  }

  @Override
  boolean emergencyAnswer() {
    return true;
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    require(
        happeningNow.selected().isPresent(),
        happeningNow,
        "Select yes if it is happening now or anyone is in danger",
        problems);
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    answers.happeningNow = happeningNow.selected().orElseThrow();
  }
}
