package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.AuditRecord;
import uk.police.portal.ui.staff.CaseWords;

/**
 * For supervisors: who read or changed this case, when, and why (Data Protection Act 2018 s.62).
 * Loaded only when asked for, since reading the log is itself logged.
 */
class AuditLogPanel extends Section {

  private final CaseApiClient caseApi;
  private final String reference;
  final Button show = new Button("Show the audit log of this case");
  final OrderedList records = new OrderedList();
  final Paragraph message = new Paragraph();

  AuditLogPanel(CaseApiClient caseApi, String reference) {
    this.caseApi = caseApi;
    this.reference = reference;
    setId("audit");
    records.addClassName("audit-log");
    show.addClickListener(e -> show());
    add(
        new H2("Audit log of this case"),
        new Paragraph("Who opened or changed this case, when and why. Your reading is logged too."),
        show,
        message,
        records);
  }

  void show() {
    records.removeAll();
    message.setText("");
    try {
      List<AuditRecord> log = caseApi.caseAudit(reference);
      log.forEach(record -> records.add(line(record)));
      message.setText(log.isEmpty() ? "Nobody has read or changed this case yet." : "");
      show.setText("Show the audit log again");
    } catch (CaseApiRefusedException e) {
      message.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      message.setText("We cannot load the audit log right now. Please try again in a few minutes.");
    }
  }

  static ListItem line(AuditRecord record) {
    Facts facts =
        new Facts()
            .fact("When", CaseWords.dateTime(record.occurredAt()))
            .fact("Who", record.actor() + " (" + record.actorRoles() + ")")
            .fact("What", AuditWords.action(record.action()))
            .fact("Why", CaseWords.orNotGiven(record.reason()));
    ListItem line = new ListItem(facts);
    line.addClassName("audit-record");
    return line;
  }
}
