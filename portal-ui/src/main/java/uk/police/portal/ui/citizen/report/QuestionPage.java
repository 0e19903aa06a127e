package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.citizen.EmergencyCheck;
import uk.police.portal.ui.citizen.Go;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.DateQuestion;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.EmergencyAdvice;
import uk.police.portal.ui.form.ErrorSummary;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.Question;

/**
 * A question page of the report: back link, the question, hint, Continue. On Continue the answers
 * are checked; a problem keeps the person on the page with everything they typed, an error summary
 * at the top and the message beside the field. Free text is triaged, and if it sounds like an
 * emergency the 999 advice appears at once; pressing Continue again carries on.
 */
abstract class QuestionPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final String SERVICE = " - Report a crime - Police";

  @Inject ReportInProgress report;
  @Inject CaseApiClient caseApi;
  Clock clock = Clock.system(Dates.UK);
  Consumer<String> go = Go.toPage();

  final Step step;
  final String title;
  final Anchor back = Buttons.backLink("/report");
  final EmergencyAdvice emergency =
      new EmergencyAdvice(
          "If you are safe now, you can carry on with your report: select Continue.");
  final ErrorSummary errorSummary = new ErrorSummary();
  final Paragraph notSaved = new Paragraph();
  final NativeButton continueButton = Buttons.primary("Continue");
  final List<Question> questions = new ArrayList<>();

  /** The page was opened from check your answers, and goes back there. */
  boolean changing;

  /** The text the 999 advice is showing for; Continue with the same text carries on. */
  private String warnedAbout;

  QuestionPage(Step step, String title) {
    this.step = step;
    this.title = title;
    addClassName("question-page");
    notSaved.addClassName("inset-text");
    notSaved.setText(
        "We could not save a copy of your answers just now. Keep this page open until you have"
            + " sent your report.");
    notSaved.setVisible(false);
    continueButton.setId("continue");
    continueButton.addClickListener(click -> next());
    add(back, emergency, errorSummary, notSaved);
  }

  /** Adds the page's questions, then the Continue button. */
  void form(Component... parts) {
    for (Component part : parts) {
      if (part instanceof Question question) {
        questions.add(question);
      }
      add(part);
    }
    add(continueButton);
  }

  /** Questions shown inside others (revealed by a choice), so their errors are cleared too. */
  void nested(Question... inner) {
    questions.addAll(List.of(inner));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    enter(event.getLocation().getQueryParameters().getParameters().containsKey("change"));
  }

  void enter(boolean fromCheckAnswers) {
    changing = fromCheckAnswers;
    report.ensureStarted(caseApi);
    back.setHref("/" + (changing ? Step.CHECK_ANSWERS : step.previous()).path());
    notSaved.setVisible(report.draftNotSaved());
    show(report.answers());
    Map<String, String> refused = report.takeRefusals(step);
    if (!refused.isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      refused.forEach(
          (field, message) -> {
            Question question = questionFor(field);
            question.showError(message);
            problems.add(new Problem(question.focusId(), message));
          });
      showProblems(problems);
      // Back from here, and on from here, is check your answers: that is where they were.
      changing = true;
      back.setHref("/" + Step.CHECK_ANSWERS.path());
    }
  }

  /** Puts the answers so far into the fields. */
  abstract void show(ReportAnswers answers);

  /** Checks what was typed; each problem is also shown beside its field. */
  abstract List<Problem> check();

  /** Keeps the (checked) answers. */
  abstract void keep(ReportAnswers answers);

  /** The question that asks for a ReportForm field as case-api names it. */
  Question questionFor(String field) {
    return questions.get(0);
  }

  /** The free text on this page, for the emergency check; empty when there is none. */
  String freeText() {
    return "";
  }

  /** Whether this page's answers mean someone may be in danger now. */
  boolean emergencyAnswer() {
    String text = freeText();
    if (text.isBlank()) {
      return false;
    }
    return EmergencyCheck.soundsLikeEmergency(caseApi, text);
  }

  /** The page after this one, as the answers stand; null when the answers leave the flow. */
  Step nextStep() {
    return changing ? Step.CHECK_ANSWERS : step.next();
  }

  /** Where to go when the answers leave the flow (see {@link #nextStep()}). */
  String leavingPath() {
    return "report";
  }

  void next() {
    questions.forEach(Question::clearError);
    String asked = emergencyKey();
    boolean newEmergency = false;
    if (asked != null && !asked.equals(warnedAbout)) {
      newEmergency = emergencyAnswer();
      warnedAbout = newEmergency ? asked : null;
    }
    if (newEmergency) {
      emergency.show();
    } else if (warnedAbout == null) {
      emergency.hide();
    }
    List<Problem> problems = check();
    showProblems(problems);
    if (!problems.isEmpty()) {
      return;
    }
    keep(report.answers());
    if (newEmergency) {
      // Saved where they are, so that nothing is lost if they leave to call 999.
      report.save(caseApi, step);
      return;
    }
    Step following = nextStep();
    if (following == null) {
      go.accept(leavingPath());
      return;
    }
    report.save(caseApi, following);
    go.accept(following.path());
  }

  /** What the emergency check looks at, or null for nothing to check. */
  String emergencyKey() {
    String text = freeText();
    return text.isBlank() ? null : text;
  }

  void showProblems(List<Problem> problems) {
    errorSummary.show(problems);
    Go.title((problems.isEmpty() ? "" : "Error: ") + getPageTitle());
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A message for a required answer, shown beside the question and in the summary. */
  static void require(boolean given, Question question, String message, List<Problem> problems) {
    if (!given) {
      problem(question, message, problems);
    }
  }

  static void problem(Question question, String message, List<Problem> problems) {
    if (message != null && question.error() == null) {
      question.showError(message);
      problems.add(new Problem(question.focusId(), message));
    }
  }

  static void dateProblem(
      DateQuestion question, String message, String part, List<Problem> problems) {
    question.showError(message, part);
    problems.add(new Problem(question.focusId(), message));
  }

  static Map<String, Question> fields(Object... pairs) {
    Map<String, Question> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Question) pairs[i + 1]);
    }
    return map;
  }

  @Override
  public String getPageTitle() {
    return title + SERVICE;
  }
}
