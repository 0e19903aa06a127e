package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.control.EvidenceFiles;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.StaffMember;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;
import uk.police.portal.ui.staff.CaseLink;
import uk.police.portal.ui.staff.FindCaseForm;
import uk.police.portal.ui.staff.ReasonField;
import uk.police.portal.ui.staff.SignedInStaff;

/**
 * A case as staff see it: summary, the victim's safe-contact wishes, the actions the person may
 * take, the timeline with internal notes, the secure messages, the evidence and witness statements
 * (files to open for investigators and supervisors only), the whole report and, for supervisors,
 * the audit log. Every read carries the reason from the address ({@code ?reason=}), which case-api
 * audits; without one the page asks for it and shows nothing of the case.
 */
@Dependent
@Route(value = "staff/cases/:reference", layout = MainLayout.class)
@StyleSheet("context://styles/staff.css")
@RolesAllowed({PortalRole.CONTACT_HANDLER, PortalRole.INVESTIGATOR, PortalRole.SUPERVISOR})
public class StaffCaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final int MESSAGES_SHOWN = 100;

  @Inject CaseApiClient caseApi;
  @Inject EvidenceFiles evidenceFiles;

  final H1 heading = new H1();
  final Paragraph confirmation = new Paragraph();
  final Div body = new Div();
  String reference;
  String reason;
  SignedInStaff staff;
  CaseDetail detail;

  public StaffCaseView() {
    addClassName("staff-case");
    confirmation.setId("confirmation");
    confirmation.addClassName("confirmation");
    confirmation.getElement().setAttribute("role", "status");
    add(new Anchor("staff", "Back to cases"), heading, confirmation, body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    open(
        event.getRouteParameters().get("reference").orElse(""),
        event.getLocation().getQueryParameters().getSingleParameter("reason").orElse(null));
  }

  @Override
  public String getPageTitle() {
    return "Case " + reference + " - Staff - Report and track a crime";
  }

  void open(String reference, String reason) {
    this.reference = reference;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    heading.setText("Case " + reference);
    confirmation.setText("");
    if (this.reason == null) {
      askForReason();
    } else {
      load();
    }
  }

  /** Nothing of the case is read before the person says why (it would be an unaudited read). */
  private void askForReason() {
    body.removeAll();
    ReasonField field = new ReasonField();
    Button open = new Button("Open the case");
    open.addClickListener(
        e ->
            field
                .reason()
                .ifPresent(why -> getUI().ifPresent(ui -> new CaseLink(reference, why).open(ui))));
    body.add(
        new Paragraph(
            "Before you open this case, say why. Every time staff open a case it is"
                + " recorded, with the reason."),
        field,
        open);
  }

  /** Reads the case, its timeline and its messages, each read audited with the reason. */
  boolean load() {
    body.removeAll();
    try {
      if (staff == null) {
        staff = SignedInStaff.of(caseApi.me());
      }
      detail = caseApi.caseFile(reference, reason);
      Listing<TimelineEntry> timeline =
          caseApi.timeline(reference, reason, 0, TimelinePanel.PAGE_SIZE);
      Listing<CaseMessage> messages = caseApi.messages(reference, reason, 0, MESSAGES_SHOWN);
      show(timeline, messages);
      return true;
    } catch (CaseApiRefusedException e) {
      cannotOpen(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      cannotOpen("We cannot reach the case system right now. Please try again in a few minutes.");
    }
    return false;
  }

  private void show(Listing<TimelineEntry> timeline, Listing<CaseMessage> messages) {
    body.add(
        new Paragraph("You opened this case for: " + reason + ". This is in the audit log."),
        new SummaryPanel(detail),
        new SafeContactPanel(detail.report()),
        actions(),
        new TimelinePanel(
            page -> caseApi.timeline(reference, reason, page, TimelinePanel.PAGE_SIZE), timeline),
        new MessagesPanel(messages));
    OpenedCase opened = new OpenedCase(caseApi, evidenceFiles, reference, reason, staff);
    StatementsPanel statements = new StatementsPanel(opened);
    body.add(
        new EvidencePanel(opened, statements.byEvidence()),
        statements,
        new ReportPanel(detail.categoryName(), detail.report()));
    if (staff.supervisor()) {
      body.add(new AuditLogPanel(caseApi, reference));
    }
  }

  /** Only what this person may do is offered; case-api checks each action again. */
  private Component actions() {
    Section actions = new Section(new H2("What you can do"));
    actions.setId("actions");
    if (!staff.worksCases()) {
      actions.add(
          new Paragraph(
              "You can read this case but not act on it. Investigators and supervisors work"
                  + " cases."));
      return actions;
    }
    if ("CLOSED".equals(detail.status())) {
      actions.add(
          new Paragraph(
              "This case is closed: its outcome is recorded. You can still send the victim a"
                  + " secure message."));
      if (staff.mayActOn(detail)) {
        actions.add(action("Send a secure message", new MessageForm(caseApi, reference)));
      }
      return actions;
    }
    if (staff.mayTake(detail)) {
      actions.add(listen(new TakeCaseForm(caseApi, reference, staff.username())));
    }
    if (staff.mayActOn(detail)) {
      actions.add(
          action("Post an update or an internal note", new UpdateForm(caseApi, reference)),
          action("Ask the victim for information", new InformationRequestForm(caseApi, reference)),
          action("Send a secure message", new MessageForm(caseApi, reference)),
          action("Change the status", new StatusForm(caseApi, reference, detail.status())),
          action(
              "Record a key event", new KeyEventForm(caseApi, reference, detail.victimRights())));
      if (detail.outcome() == null) {
        actions.add(action("Record the outcome", new OutcomeForm(caseApi, reference)));
      }
    } else if (detail.officerName() != null) {
      actions.add(
          new Paragraph(
              "This case is assigned to "
                  + detail.officerName()
                  + ". Only they or a supervisor can act on it."));
    }
    if (staff.supervisor()) {
      actions.add(assignment());
    }
    return actions;
  }

  private Component assignment() {
    String title = detail.officerUsername() == null ? "Assign this case" : "Reassign this case";
    List<StaffMember> investigators;
    try {
      investigators = caseApi.investigators();
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      return new Paragraph("We cannot load the list of investigators right now.");
    }
    return action(title, new AssignForm(caseApi, detail, investigators));
  }

  private NativeDetails action(String title, ActionForm form) {
    NativeDetails details = new NativeDetails(title, listen(form));
    details.addClassName("action");
    return details;
  }

  private ActionForm listen(ActionForm form) {
    form.addCaseChangedListener(this::changed);
    return form;
  }

  /** After an action: read the case again and say what happened, where a screen reader hears it. */
  void changed(CaseChanged change) {
    if (load()) {
      confirmation.setText(change.confirmation(detail));
    } else {
      confirmation.setText("Your change was saved, but we cannot show the case right now.");
    }
    confirmation.scrollIntoView();
  }

  private void cannotOpen(String why) {
    Paragraph problem = new Paragraph(why);
    problem.setId("case-problem");
    problem.addClassName("problem");
    problem.getElement().setAttribute("role", "alert");
    FindCaseForm find = new FindCaseForm();
    find.fill(reference, reason);
    body.add(problem, find);
  }
}
