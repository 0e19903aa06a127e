package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.form.ChoiceQuestion;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.Question;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** Who it happened to: the person reporting, or someone else (their name and relationship). */
@Dependent
@Route(value = "report/who-it-happened-to", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class VictimStep extends QuestionPage {

  static final String ME = "me";
  static final String SOMEONE_ELSE = "someone-else";

  final TextQuestion name =
      TextQuestion.of("victim-name", "Their full name", null, TextQuestion.Kind.LINE)
          .autocomplete("off");
  final TextQuestion relationship =
      TextQuestion.of(
          "victim-relationship",
          "How do you know them?",
          "For example, my son, my neighbour, or someone I care for",
          TextQuestion.Kind.LINE);
  final ChoiceQuestion victim =
      ChoiceQuestion.radios("victim", "Who did it happen to?", null, true)
          .option(ME, "Me")
          .option(SOMEONE_ELSE, "Someone else", null, name, relationship);

  public VictimStep() {
    super(Step.VICTIM, "Who did it happen to?");
    form(victim);
    nested(name, relationship);
  }

  @Override
  void show(ReportAnswers answers) {
    victim.select(answers.victim);
    name.setValue(answers.victimName);
    relationship.setValue(answers.victimRelationship);
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    require(victim.selected().isPresent(), victim, "Select who it happened to", problems);
    if (victim.isChosen(SOMEONE_ELSE)) {
      require(!name.value().isBlank(), name, "Enter their full name", problems);
      problem(name, Answers.tooLong(name.value(), Answers.NAME, "their name"), problems);
      require(!relationship.value().isBlank(), relationship, "Enter how you know them", problems);
      problem(
          relationship,
          Answers.tooLong(relationship.value(), Answers.RELATIONSHIP, "how you know them"),
          problems);
    }
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    answers.victim = victim.selected().orElseThrow();
    answers.victimName = answers.someoneElse() ? Answers.orNull(name.value()) : null;
    answers.victimRelationship =
        answers.someoneElse() ? Answers.orNull(relationship.value()) : null;
  }

  @Override
  Question questionFor(String field) {
    return switch (field) {
      case "victim.name" -> name;
      case "victim.relationship" -> relationship;
      default -> victim;
    };
  }

  @Override
  String freeText() {
    return victim.isChosen(SOMEONE_ELSE) ? relationship.value() : "";
  }
}
