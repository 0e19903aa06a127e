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

/** Safe contact: when to call, whether to leave messages, and a code word we say first. */
@Dependent
@Route(value = "report/staying-safe", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class StayingSafeStep extends QuestionPage {

  static final int SAFE_TIMES_LIMIT = Answers.SAFE_TIMES;
  static final int CODE_WORD_LIMIT = 50;

  final TextQuestion safeTimes =
      TextQuestion.of(
          "safe-times",
          "When is it safe to contact you? (optional)",
          "For example, weekdays between 9am and 3pm",
          TextQuestion.Kind.LINE);
  final ChoiceQuestion messages =
      ChoiceQuestion.radios(
              "may-leave-messages",
              "Can we leave a message if you do not answer?",
              "Someone else might hear or read a message.",
              false)
          .option(ReportAnswers.YES, "Yes")
          .option(ReportAnswers.NO, "No");
  final TextQuestion codeWord =
      TextQuestion.of(
              "code-word",
              "Code word (optional)",
              "We will say this word before we talk about your report, so you know it is us. Do"
                  + " not use a password.",
              TextQuestion.Kind.LINE)
          .autocomplete("off");

  public StayingSafeStep() {
    super(Step.STAYING_SAFE, "Staying safe when we contact you");
    form(
        new H1("Staying safe when we contact you"),
        new Paragraph(
            "Tell us how to contact you safely, for example if someone you live with must not"
                + " know about this report."),
        safeTimes,
        messages,
        codeWord);
  }

  @Override
  void show(ReportAnswers answers) {
    safeTimes.setValue(answers.safeTimes);
    messages.select(
        answers.mayLeaveMessages == null
            ? null
            : answers.mayLeaveMessages ? ReportAnswers.YES : ReportAnswers.NO);
    codeWord.setValue(answers.codeWord);
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    problem(
        safeTimes,
        Answers.tooLong(safeTimes.value(), SAFE_TIMES_LIMIT, "when it is safe to contact you"),
        problems);
    require(
        messages.selected().isPresent(),
        messages,
        "Select yes if we can leave a message",
        problems);
    problem(
        codeWord, Answers.tooLong(codeWord.value(), CODE_WORD_LIMIT, "the code word"), problems);
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    answers.safeTimes = Answers.orNull(safeTimes.value());
    answers.mayLeaveMessages = messages.isChosen(ReportAnswers.YES);
    answers.codeWord = Answers.orNull(codeWord.value());
  }

  @Override
  Question questionFor(String field) {
    return switch (field) {
      case "contact.safeTimes" -> safeTimes;
      case "contact.codeWord" -> codeWord;
      default -> messages;
    };
  }

  @Override
  String freeText() {
    return safeTimes.value();
  }
}
