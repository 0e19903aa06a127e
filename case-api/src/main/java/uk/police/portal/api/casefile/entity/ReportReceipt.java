package uk.police.portal.api.casefile.entity;

import java.time.OffsetDateTime;
import java.util.List;

/** What the person is told once their report is in: the reference and what happens next. */
public record ReportReceipt(
    String reference,
    OffsetDateTime receivedAt,
    List<String> whatHappensNext,
    String howToContactUs,
    boolean emailSent) {}
