package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/**
 * One version of a witness statement as case-api lists them, newest first.
 *
 * @param supersedes the id of the version this one corrects, or null
 * @param supersededBy the id of the version that corrects this one, or null
 */
public record Statement(
    long id,
    int version,
    Long supersedes,
    Long supersededBy,
    long evidenceId,
    String sha256,
    int pages,
    String signedBy,
    OffsetDateTime signedAt,
    String correctionReason) {}
