package uk.police.portal.ui.citizen.statement;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.control.EvidenceFiles;
import uk.police.portal.ui.caseapi.entity.WitnessStatement;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.Fingerprint;
import uk.police.portal.ui.form.SummaryList;

/**
 * "Your witness statement" on the case page: a way to write one, or its signed versions newest
 * first, each with its PDF, and a way to correct the latest.
 */
public class StatementSection extends Div {

  final Div versions = new Div();

  public StatementSection(String reference, CaseApiClient caseApi, EvidenceFiles files) {
    setId("statement");
    add(new H2("Your witness statement"), versions);
    try {
      show(reference, caseApi.statements(reference).items(), files);
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      versions.add(new Paragraph("We cannot show your witness statement right now."));
    }
  }

  void show(String reference, List<WitnessStatement> statements, EvidenceFiles files) {
    if (statements.isEmpty()) {
      Anchor write =
          new Anchor(
              "/" + StatementStep.ABOUT_YOU.path(reference) + "?start=new",
              "Write a witness statement");
      write.setId("write-statement");
      write.addClassName("button");
      versions.add(
          new Paragraph(
              "A witness statement is your account of what happened, in your own words, signed"
                  + " by you. It can be used as evidence in court. It takes about 20 minutes."),
          write);
      return;
    }
    UnorderedList list = new UnorderedList();
    list.addClassName("statement-list");
    statements.forEach(s -> list.add(version(reference, s, statements, files)));
    WitnessStatement latest = statements.get(0);
    Anchor correct =
        new Anchor(
            "/"
                + StatementStep.ABOUT_YOU.path(reference)
                + "?correct="
                + latest.id()
                + "&version="
                + latest.version(),
            "Correct your statement");
    correct.setId("correct-statement");
    correct.addClassNames("button", "button--secondary");
    versions.add(list, correct);
  }

  private static ListItem version(
      String reference, WitnessStatement s, List<WitnessStatement> all, EvidenceFiles files) {
    H3 title = new H3("Version " + s.version());
    SummaryList facts =
        new SummaryList()
            .row("Signed", Dates.dayAndTime(s.signedAt()))
            .row("Pages", String.valueOf(s.pages()))
            .row("SHA-256", new Fingerprint(s.sha256()));
    versionOf(all, s.supersedes())
        .ifPresent(v -> facts.row("Corrects", "Version " + v + ": " + s.correctionReason()));
    versionOf(all, s.supersededBy()).ifPresent(v -> facts.row("Corrected by", "Version " + v));
    ListItem item =
        new ListItem(
            title,
            facts,
            StatementPdf.link(
                "Download version " + s.version() + " (PDF)",
                reference,
                s.evidenceId(),
                s.version(),
                files));
    item.addClassName("statement-list__item");
    return item;
  }

  static Optional<Integer> versionOf(List<WitnessStatement> all, Long id) {
    return id == null
        ? Optional.empty()
        : all.stream().filter(s -> s.id() == id).map(WitnessStatement::version).findFirst();
  }
}
