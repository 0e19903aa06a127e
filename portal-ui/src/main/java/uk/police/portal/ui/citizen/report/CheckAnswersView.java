package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.FieldError;
import uk.police.portal.ui.citizen.Go;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.ErrorSummary;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * Check your answers, then send. Anything missing or refused by case-api sends the person to the
 * page that asks for it, with case-api's message shown there.
 */
@Dependent
@Route(value = "report/check-answers", layout = MainLayout.class)
@PageTitle("Check your answers before sending your report - Report a crime - Police")
@RolesAllowed(PortalRole.CITIZEN)
public class CheckAnswersView extends Div implements BeforeEnterObserver {

  @Inject ReportInProgress report;
  @Inject CaseApiClient caseApi;
  Consumer<String> go = Go.toPage();

  final Anchor back = Buttons.backLink("/" + Step.STAYING_SAFE.path());
  final ErrorSummary errorSummary = new ErrorSummary();
  final Div answers = new Div();
  final NativeButton send = Buttons.primary("Send report");

  public CheckAnswersView() {
    addClassName("check-answers");
    send.setId("send-report");
    send.addClickListener(click -> send());
    add(
        back,
        errorSummary,
        new H1("Check your answers before sending your report"),
        answers,
        new H2("Now send your report"),
        new Paragraph(
            "By sending this report you confirm that, to the best of your knowledge, the details"
                + " you have given are correct."),
        send);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    enter();
  }

  void enter() {
    report.ensureStarted(caseApi);
    answers.removeAll();
    ReportSummary.withChangeLinks(report.answers()).forEach(answers::add);
    Map<String, String> here = report.takeRefusals(Step.CHECK_ANSWERS);
    if (!here.isEmpty()) {
      errorSummary.show(
          here.values().stream().map(message -> new Problem("send-report", message)).toList());
    }
  }

  void send() {
    Map<String, String> missing = missing(report.answers());
    if (!missing.isEmpty()) {
      refused(missing);
      return;
    }
    try {
      report.sent(caseApi.report(report.answers().toForm()));
      go.accept("report/confirmation");
    } catch (CaseApiRefusedException refusal) {
      if (refusal.errors().isEmpty()) {
        errorSummary.show(List.of(new Problem("send-report", refusal.getMessage())));
      } else {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : refusal.errors()) {
          byField.putIfAbsent(error.field() == null ? "" : error.field(), error.message());
        }
        refused(byField);
      }
    } catch (CaseApiUnavailableException unavailable) {
      errorSummary.show(
          List.of(
              new Problem(
                  "send-report",
                  "Sorry, we could not send your report just now. Your answers are saved. Try"
                      + " again in a few minutes.")));
    }
  }

  /** Sends the person to the first page with a problem; each page shows its own messages. */
  private void refused(Map<String, String> byField) {
    report.refuse(byField);
    Step first =
        byField.keySet().stream()
            .map(Step::asking)
            .min((x, y) -> Integer.compare(Step.FLOW.indexOf(x), Step.FLOW.indexOf(y)))
            .orElse(Step.CHECK_ANSWERS);
    if (first == Step.CHECK_ANSWERS) {
      enter();
    } else {
      go.accept(first.path() + "?change=true");
    }
  }

  /** The answers a report cannot go without, with what the person is told on each page. */
  static Map<String, String> missing(ReportAnswers a) {
    Map<String, String> missing = new LinkedHashMap<>();
    if (a.category == null) {
      missing.put("category", "Select what you want to report");
    }
    if (a.occurredOn == null) {
      missing.put("occurredOn", "Enter the date it happened");
    }
    if (a.location == null) {
      missing.put("location", "Enter where it happened");
    }
    if (a.whatHappened == null) {
      missing.put("whatHappened", "Enter what happened");
    }
    if (a.victim == null) {
      missing.put("victim", "Select who it happened to");
    }
    if (!a.contactAnswered) {
      missing.put("contact", "Select how we can contact you");
    }
    if (a.mayLeaveMessages == null) {
      missing.put("contact.mayLeaveMessages", "Select yes if we can leave a message");
    }
    return missing;
  }

  List<String> shownProblems() {
    return new ArrayList<>(errorSummary.problems().stream().map(Problem::message).toList());
  }
}
