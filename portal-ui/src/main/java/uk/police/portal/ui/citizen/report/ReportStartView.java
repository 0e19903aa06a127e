package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.entity.ReportDraft;
import uk.police.portal.ui.citizen.Go;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The start of a report: what you will need, how long it takes, the 999 advice, and a saved report
 * to continue when there is one.
 */
@Dependent
@Route(value = "report", layout = MainLayout.class)
@PageTitle("Report a crime - Police")
@RolesAllowed(PortalRole.CITIZEN)
public class ReportStartView extends Div implements BeforeEnterObserver {

  @Inject ReportInProgress report;
  @Inject CaseApiClient caseApi;
  Consumer<String> go = Go.toPage();

  final NativeButton start = Buttons.primary("Start now");
  final NativeButton resume = Buttons.primary("Continue your report");
  final NativeButton startAgain = Buttons.secondary("Start again");
  final Paragraph saved = new Paragraph();
  final Div draftChoice = new Div();
  private ReportDraft draft;

  public ReportStartView() {
    start.setId("start-report");
    start.addClassName("button--start");
    resume.setId("continue-report");
    startAgain.setId("start-again");
    start.addClickListener(click -> startAgain());
    startAgain.addClickListener(click -> startAgain());
    resume.addClickListener(click -> resume());
    saved.addClassName("inset-text");
    Div buttons = new Div(resume, startAgain);
    buttons.addClassName("button-group");
    draftChoice.add(saved, buttons);
    Div warning =
        new Div(
            new Paragraph(
                "If you are in danger now, or a crime is happening now, call 999. If you are deaf or"
                    + " cannot speak, use Relay UK on 18000, or text 999 if you have registered."));
    warning.addClassName("warning");
    warning.getElement().setAttribute("role", "note");
    add(
        new H1("Report a crime"),
        warning,
        new Paragraph("Use this service to report a crime that is not an emergency."),
        new Paragraph("It takes about 10 minutes."),
        new H2("What you will need"),
        new UnorderedList(
            new ListItem("the date and place it happened"),
            new ListItem("what happened, in your own words"),
            new ListItem("what was taken or damaged, and what it was worth"),
            new ListItem("anything you know about who did it, and anyone who saw it")),
        new Paragraph(
            "We save your answers after each page, so you can come back to your report if you"
                + " close the page."),
        draftChoice,
        start,
        new H2("Other ways to report"),
        new Paragraph("If you cannot report online, call 101."));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(report.savedDraft(caseApi));
  }

  void show(Optional<ReportDraft> found) {
    draft = found.orElse(null);
    draftChoice.setVisible(draft != null);
    start.setVisible(draft == null);
    if (draft != null) {
      saved.setText(
          "You have a report you have not sent yet"
              + (draft.savedAt() == null ? "" : ", saved on " + Dates.dayAndTime(draft.savedAt()))
              + ".");
    }
  }

  void resume() {
    report.resume(draft);
    go.accept(report.reached().path());
  }

  void startAgain() {
    report.startAgain(caseApi);
    go.accept(Step.TYPE_OF_CRIME.path());
  }
}
