package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** Where it happened: an address, or a description of the place. */
@Dependent
@Route(value = "report/where", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class WhereStep extends QuestionPage {

  final TextQuestion location =
      TextQuestion.asPageHeading(
              "location",
              "Where did it happen?",
              "Give the address, or describe the place. For example, the bus stop outside the"
                  + " library on High Street.",
              TextQuestion.Kind.BOX)
          .rows(3);

  public WhereStep() {
    super(Step.WHERE, "Where did it happen?");
    form(location);
  }

  @Override
  void show(ReportAnswers answers) {
    location.setValue(answers.location);
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    require(!location.value().isBlank(), location, "Enter where it happened", problems);
    problem(
        location, Answers.tooLong(location.value(), Answers.PLACE, "where it happened"), problems);
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    answers.location = Answers.orNull(location.value());
  }

  @Override
  String freeText() {
    return location.value();
  }
}
