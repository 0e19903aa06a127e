package uk.police.portal.ui.staff.queue;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;
import uk.police.portal.ui.staff.FindCaseForm;
import uk.police.portal.ui.staff.SignedInStaff;

/**
 * The staff start page. Investigators see the cases assigned to them (overdue first) and those
 * nobody holds yet; supervisors also see all cases. Everyone who may read cases can find one by its
 * reference, saying why.
 */
@Dependent
@Route(value = "staff", layout = MainLayout.class)
@PageTitle("Work queue - Staff - Report and track a crime")
@StyleSheet("context://styles/staff.css")
@RolesAllowed({
  PortalRole.CONTACT_HANDLER,
  PortalRole.INVESTIGATOR,
  PortalRole.SUPERVISOR,
  PortalRole.ADMIN
})
public class WorkQueueView extends Div {

  @Inject CaseApiClient caseApi;

  final H1 heading = new H1();
  final Paragraph message = new Paragraph();

  @PostConstruct
  void load() {
    add(heading);
    try {
      show(SignedInStaff.of(caseApi.me()));
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      heading.setText("Work queue");
      message.setText("We cannot load your cases right now. Please try again in a few minutes.");
      message.getElement().setAttribute("role", "alert");
      add(message);
    }
  }

  void show(SignedInStaff staff) {
    if (staff.worksCases()) {
      heading.setText("Work queue");
      queue(
          "Assigned to you",
          "mine",
          "No cases are assigned to you. Take one from the cases not yet assigned.");
      queue("Not yet assigned", "unassigned", "Every case has an officer.");
      if (staff.supervisor()) {
        queue("All cases", "all", "There are no cases yet.");
      }
      add(new FindCaseForm());
    } else if (staff.contactHandler()) {
      heading.setText("Find a case");
      add(
          new Paragraph(
              "You can read a case to answer a victim, but not act on it. Investigators and"
                  + " supervisors work the cases."),
          new FindCaseForm());
    } else {
      heading.setText("Staff");
      add(
          new Paragraph(
              "Cases are worked by investigators and supervisors, and read by contact handlers."
                  + " Your account has none of these roles."));
    }
  }

  private void queue(String title, String view, String whenEmpty) {
    QueueSection section = new QueueSection(caseApi, title, view, whenEmpty);
    add(section);
    section.show(0);
  }
}
