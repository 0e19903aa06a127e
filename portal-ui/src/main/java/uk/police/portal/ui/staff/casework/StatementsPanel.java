package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.WitnessStatement;
import uk.police.portal.ui.staff.CaseWords;

/**
 * The witness statements signed on this case, every version: a correction is a new version and the
 * one it corrects stays, marked as superseded. Roles: whoever case-api lets list them; the signed
 * PDF is an evidence file, so only investigators and supervisors get a download of it.
 */
class StatementsPanel extends Section {

  final OrderedList versions = new OrderedList();
  private List<WitnessStatement> statements = List.of();

  StatementsPanel(OpenedCase opened) {
    setId("statements");
    versions.addClassName("statement-list");
    add(new H2("Witness statements"));
    try {
      statements =
          opened.caseApi().statements(opened.reference(), opened.reason()).items().stream()
              .sorted(Comparator.comparingInt(WitnessStatement::version).reversed())
              .toList();
    } catch (CaseApiRefusedException e) {
      add(new Paragraph(e.getMessage()));
      return;
    } catch (CaseApiUnavailableException e) {
      add(
          new Paragraph(
              "We cannot load the witness statements right now. Please try again in a few"
                  + " minutes."));
      return;
    }
    if (statements.isEmpty()) {
      add(new Paragraph("No witness statement has been signed on this case."));
      return;
    }
    add(new Paragraph("Newest version first. Earlier versions are kept as they were signed."));
    Map<Long, Integer> versionOf =
        statements.stream()
            .collect(
                Collectors.toMap(WitnessStatement::id, WitnessStatement::version, (a, b) -> a));
    statements.forEach(statement -> versions.add(version(opened, statement, versionOf)));
    add(versions);
  }

  /** Which evidence files are signed statements, so the evidence list can say so. */
  Map<Long, WitnessStatement> byEvidence() {
    return statements.stream()
        .collect(Collectors.toMap(WitnessStatement::evidenceId, Function.identity(), (a, b) -> a));
  }

  /** versionOf: statement id to version number, as case-api links versions by id. */
  private static ListItem version(
      OpenedCase opened, WitnessStatement statement, Map<Long, Integer> versionOf) {
    Facts facts =
        new Facts()
            .fact("Signed by", CaseWords.orNotGiven(statement.signedBy()))
            .fact("Signed", CaseWords.dateTime(statement.signedAt()))
            .fact("Pages", String.valueOf(statement.pages()));
    if (statement.supersedes() != null) {
      facts.fact(
          "Corrects",
          versionWords(statement.supersedes(), versionOf)
              + ". Reason: "
              + CaseWords.orNotGiven(statement.correctionReason()));
    }
    facts.fact(
        "Standing",
        statement.supersededBy() == null
            ? "This is the current version."
            : "Superseded by " + versionWords(statement.supersededBy(), versionOf) + ".");
    facts.fact("SHA-256", EvidenceEntry.sha256(statement.sha256()));
    ListItem item = new ListItem(new H3("Statement, version " + statement.version()), facts);
    item.addClassName("statement-version");
    if (statement.supersededBy() != null) {
      item.addClassName("superseded");
    }
    if (opened.mayOpenFiles()) {
      String name = "statement-version-" + statement.version() + ".pdf";
      Anchor download =
          new Anchor(
              opened.download(statement.evidenceId(), name),
              "Download statement version " + statement.version() + " (PDF)");
      download.addClassName("evidence-download");
      item.add(new Paragraph(download));
    }
    return item;
  }

  private static String versionWords(Long statementId, Map<Long, Integer> versionOf) {
    Integer version = versionOf.get(statementId);
    return version == null ? "another version" : "version " + version;
  }
}
