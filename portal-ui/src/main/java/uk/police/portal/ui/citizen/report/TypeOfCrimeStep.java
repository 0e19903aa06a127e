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

/** What happened, in the taxonomy's categories; some lead to a partner agency instead. */
@Dependent
@Route(value = "report/type-of-crime", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class TypeOfCrimeStep extends QuestionPage {

  final ChoiceQuestion category =
      ChoiceQuestion.radios(
          "category",
          "What do you want to report?",
          "Choose the one that fits best. If more than one thing happened, choose the most"
              + " serious.",
          true);

  public TypeOfCrimeStep() {
    super(Step.TYPE_OF_CRIME, "What do you want to report?");
    for (Category c : Category.values()) {
      if (c == Category.FRAUD) {
        category.divider("Or something else");
      }
      category.option(c.name(), c.label, c.hint);
    }
    form(category);
  }

  @Override
  void show(ReportAnswers answers) {
    category.select(answers.category);
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    require(category.selected().isPresent(), category, "Select what you want to report", problems);
    return problems;
  }

  /** A matter for someone else is not kept: no report is made of it. */
  @Override
  void keep(ReportAnswers answers) {
    if (chosen().elsewhere().isEmpty()) {
      answers.category = chosen().name();
    }
  }

  @Override
  Step nextStep() {
    return chosen().elsewhere().isPresent() ? null : super.nextStep();
  }

  @Override
  String leavingPath() {
    return "report/elsewhere/" + chosen().slug();
  }

  private Category chosen() {
    return category.selected().flatMap(Category::ofCode).orElseThrow();
  }
}
