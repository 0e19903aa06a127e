package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.staff.CaseWords;

/** Where the case stands, who holds it, and when the victim must next hear from us. */
class SummaryPanel extends Section {

  final Facts facts = new Facts();

  SummaryPanel(CaseDetail detail) {
    setId("summary");
    facts
        .fact("Status", detail.statusText())
        .fact("Crime", detail.categoryName())
        .fact("Reported", CaseWords.dateTime(detail.reportedAt()))
        .fact("Reported by", CaseWords.orNotGiven(detail.reportedBy()))
        .fact(
            "Officer in charge",
            detail.officerName() == null ? "Not assigned yet" : detail.officerName())
        .fact("Next update due", CaseWords.nextUpdate(detail.nextUpdateBy(), detail.updateStatus()))
        .fact("Victim's rights", CaseWords.victimRights(detail.victimRights()));
    if (detail.outcome() != null) {
      facts.fact(
          "Outcome",
          "Outcome "
              + detail.outcome().code()
              + ": "
              + OutcomeChoice.staffName(detail.outcome().code(), detail.outcome().name())
              + ". The victim reads: "
              + detail.outcome().forVictim());
    }
    add(new H2("Summary"), facts);
  }
}
