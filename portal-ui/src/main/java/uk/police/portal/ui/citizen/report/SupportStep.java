package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * Questions about vulnerability, asked with care: every one may be skipped, and "prefer not to say"
 * is an answer. Any yes entitles the victim to enhanced rights under the Victims' Code.
 */
@Dependent
@Route(value = "report/support", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class SupportStep extends QuestionPage {

  final ChoiceQuestion feelsUnsafe = yesNoOrPreferNot("feels-unsafe", "Do you feel unsafe?");
  final ChoiceQuestion happenedBefore =
      yesNoOrPreferNot("happened-before", "Has this happened to you before?");
  final ChoiceQuestion under18 = yesNoOrPreferNot("under-18", "Are you under 18?");
  final TextQuestion support =
      TextQuestion.of(
              "support",
              "Is there anything that would help us support you? (optional)",
              "For example, if you need an interpreter, find it hard to talk on the phone, or"
                  + " have a disability or condition we should know about.",
              TextQuestion.Kind.BOX)
          .rows(3);

  public SupportStep() {
    super(Step.SUPPORT, "Help and support");
    Paragraph notRequired = new Paragraph("You do not have to answer these questions.");
    notRequired.addClassName("lead");
    form(
        new H1("Help and support"),
        notRequired,
        new Paragraph(
            "Your answers help us decide what support to offer and how quickly we keep you"
                + " updated. Only the people working on your report will see them."),
        feelsUnsafe,
        happenedBefore,
        under18,
        support);
  }

  private static ChoiceQuestion yesNoOrPreferNot(String id, String question) {
    return ChoiceQuestion.radios(id, question, null, false)
        .option(ReportAnswers.YES, "Yes")
        .option(ReportAnswers.NO, "No")
        .option(ReportAnswers.PREFER_NOT, "Prefer not to say");
  }

  @Override
  void show(ReportAnswers answers) {
    boolean them = answers.someoneElse();
    feelsUnsafe.setQuestion(
        them ? "Do you, or the person it happened to, feel unsafe?" : "Do you feel unsafe?");
    happenedBefore.setQuestion(
        them ? "Has this happened to them before?" : "Has this happened to you before?");
    under18.setQuestion(them ? "Is the person it happened to under 18?" : "Are you under 18?");
    feelsUnsafe.select(answers.feelsUnsafe);
    happenedBefore.select(answers.happenedBefore);
    under18.select(answers.under18);
    support.setValue(answers.support);
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    problem(
        support,
        Answers.tooLong(support.value(), Answers.SUPPORT, "what would help us support you"),
        problems);
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    answers.feelsUnsafe = feelsUnsafe.selected().orElse(null);
    answers.happenedBefore = happenedBefore.selected().orElse(null);
    answers.under18 = under18.selected().orElse(null);
    answers.support = Answers.orNull(support.value());
  }

  @Override
  Question questionFor(String field) {
    return switch (field) {
      case "vulnerability.feelsUnsafe" -> feelsUnsafe;
      case "vulnerability.happenedBefore" -> happenedBefore;
      case "vulnerability.under18" -> under18;
      default -> support;
    };
  }

  @Override
  String freeText() {
    return support.value();
  }
}
