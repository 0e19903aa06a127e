package uk.police.portal.bench;

import java.io.IOException;

/** The columns of case_file and case_event (case-api's V2 migration) and a seeded case in them. */
final class CaseTable {

  static final String COLUMNS =
      "id, reference, citizen_subject, citizen_name, category, status, victim_rights, reported_at,"
          + " officer_subject, officer_username, officer_name, update_due_on, reminded_on,"
          + " outcome_code, report_json, version";
  static final String EVENT_COLUMNS =
      "id, case_id, occurred_at, type, visible_to_victim, author_subject, author_name, text,"
          + " status, key_event, outcome_code";

  private CaseTable() {}

  static void write(CopyRows rows, long id, SeededCase seeded) throws IOException {
    rows.row(
        id,
        seeded.reference(),
        seeded.citizenSubject(),
        seeded.citizenName(),
        seeded.category(),
        seeded.status(),
        seeded.victimRights(),
        seeded.reportedAt(),
        seeded.officer().subject(),
        seeded.officer().username(),
        seeded.officer().name(),
        seeded.updateDueOn(),
        null,
        seeded.outcomeCode(),
        seeded.reportJson(),
        0);
  }

  static void writeEvent(CopyRows rows, long id, long caseId, SeededCase.Event event)
      throws IOException {
    rows.row(
        id,
        caseId,
        event.at(),
        event.type(),
        event.visibleToVictim(),
        event.authorSubject(),
        event.authorName(),
        event.text(),
        event.status(),
        event.keyEvent(),
        event.outcomeCode());
  }
}
