package uk.police.portal.api.statement.entity;

import java.time.OffsetDateTime;

/**
 * One signed version of a statement as a list shows it.
 *
 * @param supersedes the id of the version this one corrects, or null
 * @param supersededBy the id of the version that corrects this one, or null while it is the latest
 * @param evidenceId the PDF, downloadable at {@code /api/cases/{reference}/evidence/{id}/content}
 * @param correctionReason why this version was made, or null for a first statement
 */
public record StatementView(
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
