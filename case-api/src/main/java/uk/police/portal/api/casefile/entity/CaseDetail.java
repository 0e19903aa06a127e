package uk.police.portal.api.casefile.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A case as the caller may see it. A citizen gets their own report back; staff also get who
 * reported it and the officer's user name. The timeline and messages are separate resources.
 */
public record CaseDetail(
    String reference,
    String category,
    String categoryName,
    String status,
    String statusText,
    OffsetDateTime reportedAt,
    String reportedBy,
    String officerName,
    String officerUsername,
    LocalDate nextUpdateBy,
    UpdateDeadline.Status updateStatus,
    VictimRights victimRights,
    Outcome outcome,
    ReportForm report) {

  /** The Home Office outcome, with what it means for the victim in plain words. */
  public record Outcome(String code, String name, String forVictim) {}
}
