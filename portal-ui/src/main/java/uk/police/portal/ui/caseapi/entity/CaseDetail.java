package uk.police.portal.ui.caseapi.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case as case-api lets the caller see it; victimRights is STANDARD or ENHANCED. */
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
    String updateStatus,
    String victimRights,
    Outcome outcome,
    ReportForm report) {

  public record Outcome(String code, String name, String forVictim) {}
}
