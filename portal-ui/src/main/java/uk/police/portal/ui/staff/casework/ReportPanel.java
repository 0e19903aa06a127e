package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.caseapi.entity.ReportForm.Victim;
import uk.police.portal.ui.caseapi.entity.ReportForm.Vulnerability;
import uk.police.portal.ui.staff.CaseWords;

/** The whole report, in the victim's own words, every answer labelled. */
class ReportPanel extends Section {

  final Facts facts = new Facts();

  ReportPanel(String categoryName, ReportForm report) {
    setId("report");
    add(new H2("The report"));
    if (report == null) {
      add(new Paragraph("The report is not available."));
      return;
    }
    facts
        .fact("Crime", CaseWords.orNotGiven(categoryName))
        .fact("What happened", CaseWords.orNotGiven(report.whatHappened()))
        .fact("When", when(report))
        .fact("Where", CaseWords.orNotGiven(report.location()))
        .fact("Taken or damaged", CaseWords.orNotGiven(report.property()))
        .fact(
            "Value",
            report.propertyValuePounds() == null
                ? "Not given"
                : "£" + String.format("%,d", report.propertyValuePounds()))
        .fact("Injuries", CaseWords.orNotGiven(report.injuries()))
        .fact("The suspect", CaseWords.orNotGiven(report.suspect()))
        .fact("Witnesses", CaseWords.orNotGiven(report.witnesses()))
        .fact("The victim", victim(report.victim()));
    vulnerability(report.vulnerability());
    add(facts);
  }

  private static String when(ReportForm report) {
    String day = report.occurredOn() == null ? "Not given" : CaseWords.date(report.occurredOn());
    return report.occurredTime() == null || report.occurredTime().isBlank()
        ? day
        : day + ", " + report.occurredTime();
  }

  private static String victim(Victim victim) {
    if (victim == null || !victim.someoneElse()) {
      return "The person who reported it.";
    }
    return "Someone else: "
        + CaseWords.orNotGiven(victim.name())
        + " ("
        + CaseWords.orNotGiven(victim.relationship())
        + "). Phone: "
        + CaseWords.orNotGiven(victim.phone())
        + ". Email: "
        + CaseWords.orNotGiven(victim.email())
        + ".";
  }

  private void vulnerability(Vulnerability answers) {
    if (answers == null) {
      facts.fact("Safety and support", "Not asked or not answered");
      return;
    }
    facts
        .fact("Feels unsafe", yesNo(answers.feelsUnsafe()))
        .fact("Has happened before", yesNo(answers.happenedBefore()))
        .fact("Under 18", yesNo(answers.under18()))
        .fact("Support they asked for", CaseWords.orNotGiven(answers.support()));
  }

  private static String yesNo(Boolean answer) {
    return answer == null ? "Preferred not to say" : answer ? "Yes" : "No";
  }
}
