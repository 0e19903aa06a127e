package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.AuditRecord;
import uk.police.portal.ui.caseapi.entity.Listing;

/**
 * For investigators and supervisors: one file's record of who has listed, previewed or downloaded
 * it, when and why (Data Protection Act 2018 s.62). Read from case-api each time it is opened,
 * since reading it is itself recorded and the person may have just downloaded the file.
 */
class EvidenceTrail extends NativeDetails {

  static final String SUMMARY = "Show the record of who has seen this file";

  final OrderedList records = new OrderedList();
  final Paragraph message = new Paragraph();

  EvidenceTrail(OpenedCase opened, long evidenceId) {
    super(SUMMARY);
    addClassName("evidence-trail");
    records.addClassName("audit-log");
    Paragraph intro =
        new Paragraph("Who opened this file, when and why. Your reading is recorded too.");
    setContent(new Div(intro, message, records));
    addToggleListener(
        e -> {
          if (e.isOpened()) {
            show(opened, evidenceId);
          }
        });
  }

  void show(OpenedCase opened, long evidenceId) {
    records.removeAll();
    message.setText("");
    try {
      Listing<AuditRecord> trail =
          opened.caseApi().evidenceAudit(opened.reference(), evidenceId, opened.reason());
      trail.items().forEach(record -> records.add(AuditLogPanel.line(record)));
      if (trail.items().isEmpty()) {
        message.setText("Nobody has opened this file yet.");
      } else if (trail.total() > trail.items().size()) {
        message.setText(
            "The newest " + trail.items().size() + " of " + trail.total() + " entries.");
      }
    } catch (CaseApiRefusedException e) {
      message.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      message.setText("We cannot load this record right now. Please try again in a few minutes.");
    }
  }
}
