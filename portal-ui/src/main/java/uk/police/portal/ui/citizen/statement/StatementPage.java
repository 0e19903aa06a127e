package uk.police.portal.ui.citizen.statement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.citizen.Go;
import uk.police.portal.ui.citizen.cases.CaseView;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.ErrorSummary;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.Question;

/**
 * A page of the witness statement: back link, one thing to answer, Continue. On Continue the
 * answers are checked; a problem keeps the person on the page with what they typed, an error
 * summary at the top and the message beside the field. Opened with {@code ?change=true} (from the
 * check page) it goes back there.
 */
abstract class StatementPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final String SERVICE = " - Witness statement - Police";

  @Inject StatementInProgress statement;
  @Inject CaseApiClient caseApi;
  Clock clock = Clock.system(Dates.UK);
  Consumer<String> go = Go.toPage();

  final StatementStep step;
  final String title;
  final Anchor back = Buttons.backLink("/cases");
  final ErrorSummary errorSummary = new ErrorSummary();
  final NativeButton continueButton = Buttons.primary("Continue");
  final List<Question> questions = new ArrayList<>();
  String reference;
  boolean changing;
  private boolean hasProblems;

  StatementPage(StatementStep step, String title) {
    this.step = step;
    this.title = title;
    addClassName("question-page");
    continueButton.setId("continue");
    continueButton.addClickListener(click -> next());
    add(back, errorSummary);
  }

  /** Adds the page's parts, then the Continue button. */
  void form(Component... parts) {
    for (Component part : parts) {
      if (part instanceof Question question) {
        questions.add(question);
      }
      add(part);
    }
    add(continueButton);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<String> wellFormed =
        CaseView.wellFormed(event.getRouteParameters().get("reference").orElse(""));
    if (wellFormed.isEmpty()) {
      event.forwardTo("cases");
      return;
    }
    Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
    String elsewhere = enter(wellFormed.get(), query);
    if (elsewhere != null) {
      event.forwardTo(elsewhere);
    }
  }

  /**
   * Shows the page for a case; returns where to send the person instead (no statement being written
   * for this case: its first page), or null.
   */
  String enter(String caseReference, Map<String, List<String>> query) {
    reference = caseReference;
    changing = query.containsKey("change");
    if (!statement.isWriting(reference)) {
      return StatementStep.ABOUT_YOU.path(reference);
    }
    show(statement.answers());
    back.setHref("/" + (changing ? StatementStep.CHECK.path(reference) : backPath()));
    Map<String, String> refused = statement.takeRefusals(step);
    if (!refused.isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      refused.forEach(
          (field, message) -> {
            Question question = questionFor(field);
            question.showError(message);
            problems.add(new Problem(question.focusId(), message));
          });
      showProblems(problems);
      changing = true;
      back.setHref("/" + StatementStep.CHECK.path(reference));
    }
    return null;
  }

  /** The page before this one, without the leading slash. */
  abstract String backPath();

  abstract void show(StatementAnswers answers);

  abstract List<Problem> check();

  abstract void keep(StatementAnswers answers);

  /** The question asking for a StatementForm field. */
  Question questionFor(String field) {
    return questions.get(0);
  }

  StatementStep nextStep() {
    return changing ? StatementStep.CHECK : StatementStep.values()[step.ordinal() + 1];
  }

  void next() {
    questions.forEach(Question::clearError);
    List<Problem> problems = check();
    showProblems(problems);
    if (!problems.isEmpty()) {
      return;
    }
    keep(statement.answers());
    go.accept(nextStep().path(reference));
  }

  void showProblems(List<Problem> problems) {
    hasProblems = !problems.isEmpty();
    errorSummary.show(problems);
    Go.title(getPageTitle());
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The name from the person's account, to start their statement with; null if unknown. */
  String nameFromAccount() {
    try {
      return caseApi.me().name();
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      return null;
    }
  }

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

  @Override
  public String getPageTitle() {
    return (hasProblems ? "Error: " : "") + title + SERVICE;
  }
}
