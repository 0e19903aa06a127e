package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.EvidenceStreams;
import uk.police.portal.ui.caseapi.entity.ReportReceipt;
import uk.police.portal.ui.citizen.evidence.EvidenceSection;
import uk.police.portal.ui.citizen.evidence.ReceiptEmail;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The report is in: the crime reference in a GOV.UK panel, what happens next and how to contact us
 * (Victims' Code, Right 3), whether a confirmation email went out, and, since the case now exists,
 * a place to add photos, videos or documents straight away.
 */
@Dependent
@Route(value = "report/confirmation", layout = MainLayout.class)
@PageTitle("Report sent - Report a crime - Police")
@RolesAllowed(PortalRole.CITIZEN)
public class ConfirmationView extends Div implements BeforeEnterObserver {

  @Inject ReportInProgress report;
  @Inject CaseApiClient caseApi;
  @Inject EvidenceStreams streams;

  final Span reference = new Span();
  final Paragraph email = new Paragraph();

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(report.receipt(), report.receiptEmail());
  }

  void show(ReportReceipt receipt, String emailAddress) {
    removeAll();
    if (receipt == null) {
      add(
          new H1("You have not sent a report"),
          new Paragraph("You can see the reports you have sent on your cases page."),
          new Anchor("/cases", "Go to your cases"));
      return;
    }
    reference.setText(receipt.reference());
    reference.setId("crime-reference");
    reference.addClassName("panel__reference");
    Div panelBody = new Div(new Span("Your crime reference number"), reference);
    panelBody.addClassName("panel__body");
    H1 title = new H1("Report sent");
    title.addClassName("panel__title");
    Div panel = new Div(title, panelBody);
    panel.addClassName("panel");
    email.setId("email-sent");
    email.setText(emailText(receipt, emailAddress));
    UnorderedList next = new UnorderedList();
    next.addClassName("list--bullet");
    if (receipt.whatHappensNext() != null) {
      receipt.whatHappensNext().forEach(step -> next.add(new ListItem(step)));
    }
    add(
        panel,
        email,
        new Paragraph("Keep your crime reference number. You will need it if you contact us."),
        new H2("What happens next"),
        next,
        evidence(receipt.reference(), emailAddress),
        new H2("How to contact us"),
        new Paragraph(
            receipt.howToContactUs() == null
                ? "Call 101 and give your crime reference number."
                : receipt.howToContactUs()),
        new Paragraph("In an emergency, call 999."),
        new Anchor("/cases/" + receipt.reference(), "See your case"));
  }

  private EvidenceSection evidence(String reference, String emailAddress) {
    EvidenceSection section =
        new EvidenceSection(
            "Add photos, videos or documents now",
            reference,
            true,
            ReceiptEmail.toAddress(emailAddress),
            caseApi,
            streams);
    section.addComponentAtIndex(
        1,
        new Paragraph(
            "If you have pictures, videos, recordings or documents about what happened, you can"
                + " add them now. You can also add them later from your case page."));
    return section;
  }

  static String emailText(ReportReceipt receipt, String emailAddress) {
    if (receipt.emailSent()) {
      return "We have sent a confirmation email"
          + (emailAddress == null ? "." : " to " + emailAddress + ".");
    }
    if (emailAddress == null) {
      return "We have not sent you an email, because you asked us not to contact you by email.";
    }
    return "We could not send a confirmation email just now. Make a note of your crime reference"
        + " number.";
  }
}
