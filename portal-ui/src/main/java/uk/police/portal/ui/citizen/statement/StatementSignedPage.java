package uk.police.portal.ui.citizen.statement;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.police.portal.ui.caseapi.control.EvidenceFiles;
import uk.police.portal.ui.caseapi.entity.StatementReceipt;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.Fingerprint;
import uk.police.portal.ui.form.SummaryList;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** Statement signed: its version, pages, SHA-256 and the PDF to keep. Citizens only. */
@Dependent
@Route(value = "cases/:reference/statement/signed", layout = MainLayout.class)
@PageTitle("Statement signed - Witness statement - Police")
@RolesAllowed(PortalRole.CITIZEN)
public class StatementSignedPage extends Div implements BeforeEnterObserver {

  @Inject StatementInProgress statement;
  @Inject EvidenceFiles files;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(statement.receipt(), statement.signedCorrects());
  }

  void show(StatementReceipt receipt, Integer corrects) {
    removeAll();
    if (receipt == null) {
      add(
          new H1("You have not signed a statement"),
          new Paragraph("You can see your statements on your case page."),
          new Anchor("/cases", "Go to your cases"));
      return;
    }
    H1 title = new H1("Statement signed");
    title.addClassName("panel__title");
    Span version = new Span("Version " + receipt.version());
    version.setId("statement-version");
    version.addClassName("panel__reference");
    Div panelBody = new Div(version);
    if (corrects != null && corrects > 0) {
      Span correction = new Span("This corrects version " + corrects + ".");
      correction.setId("statement-corrects");
      panelBody.add(correction);
    }
    panelBody.addClassName("panel__body");
    Div panel = new Div(title, panelBody);
    panel.addClassName("panel");
    SummaryList facts =
        new SummaryList()
            .row("Case reference", receipt.reference())
            .row("Signed", Dates.dayAndTime(receipt.signedAt()) + " (UK time)")
            .row("Signed by", receipt.signedBy())
            .row("Pages", String.valueOf(receipt.pages()))
            .row("SHA-256", new Fingerprint(receipt.sha256()));
    facts.setId("statement-facts");
    add(
        panel,
        new Paragraph("We have added your signed statement to your case."),
        facts,
        new Paragraph(
            "The SHA-256 is the fingerprint of your signed statement: if anything in it changed,"
                + " the fingerprint would change."),
        StatementPdf.link(
            "Download your signed statement (PDF)",
            receipt.reference(),
            receipt.evidenceId(),
            receipt.version(),
            files),
        new H2("What happens next"),
        new Paragraph(
            "The officer dealing with your case will read your statement. If anything in it is"
                + " wrong, you can correct it from your case page."),
        new Anchor("/cases/" + receipt.reference(), "Go back to your case"));
  }
}
