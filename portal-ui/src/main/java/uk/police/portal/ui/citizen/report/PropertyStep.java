package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.Question;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** What was taken or damaged, and what it was worth in whole pounds; both optional. */
@Dependent
@Route(value = "report/what-was-taken", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class PropertyStep extends QuestionPage {

  final TextQuestion property =
      TextQuestion.asPageHeading(
              "property",
              "What was taken or damaged?",
              "List each thing, with anything that would help us know it, such as the make,"
                  + " colour or serial number. Leave this empty if nothing was taken or damaged.",
              TextQuestion.Kind.BOX)
          .rows(4);
  final TextQuestion value =
      TextQuestion.of(
          "property-value",
          "What was it worth? (optional)",
          "Everything together, in whole pounds, as far as you know",
          TextQuestion.Kind.NUMBER);

  public PropertyStep() {
    super(Step.PROPERTY, "What was taken or damaged?");
    form(property, value);
  }

  @Override
  void show(ReportAnswers answers) {
    property.setValue(answers.property);
    value.setValue(
        answers.propertyValuePounds == null ? "" : answers.propertyValuePounds.toString());
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    problem(
        property,
        Answers.tooLong(property.value(), Answers.DETAILS, "what was taken or damaged"),
        problems);
    problem(value, Answers.pounds(value.value(), "the value").error(), problems);
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    answers.property = Answers.orNull(property.value());
    answers.propertyValuePounds = Answers.pounds(value.value(), "the value").pounds();
  }

  @Override
  Question questionFor(String field) {
    return "propertyValuePounds".equals(field) ? value : property;
  }

  @Override
  String freeText() {
    return property.value();
  }
}
