package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;
import java.util.List;

/** What case-api answers when a report is in: the reference and what happens next. */
public record ReportReceipt(
    String reference,
    OffsetDateTime receivedAt,
    List<String> whatHappensNext,
    String howToContactUs,
    boolean emailSent) {}
