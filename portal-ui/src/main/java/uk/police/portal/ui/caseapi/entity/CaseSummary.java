package uk.police.portal.ui.caseapi.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of "My cases" or of a work queue. updateStatus is DUE, DUE_TODAY or OVERDUE. */
public record CaseSummary(
    String reference,
    String category,
    String categoryName,
    String status,
    String statusText,
    OffsetDateTime reportedAt,
    String officerName,
    LocalDate nextUpdateBy,
    String updateStatus) {}
