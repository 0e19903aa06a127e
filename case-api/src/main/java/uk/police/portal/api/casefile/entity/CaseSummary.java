package uk.police.portal.api.casefile.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of a list of cases: "My cases" for a citizen, the work queue for staff. */
public record CaseSummary(
    String reference,
    String category,
    String categoryName,
    String status,
    String statusText,
    OffsetDateTime reportedAt,
    String officerName,
    LocalDate nextUpdateBy,
    UpdateDeadline.Status updateStatus) {}
