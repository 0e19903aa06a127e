package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/**
 * A signed statement: its version, the PDF's fingerprint and pages. The PDF is an evidence item,
 * read through {@code /evidence/{evidenceId}/content}.
 */
public record StatementReceipt(
    long id,
    String reference,
    int version,
    Long supersedes,
    long evidenceId,
    String sha256,
    long size,
    int pages,
    String signedBy,
    OffsetDateTime signedAt) {}
