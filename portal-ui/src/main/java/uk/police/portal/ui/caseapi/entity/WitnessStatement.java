package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/**
 * One signed version of a witness statement, as case-api lists it (its StatementView). The signed
 * PDF itself is the evidence item {@code evidenceId}. A correction is a new version: the old one is
 * kept, never changed.
 *
 * @param supersedes the id of the version this one corrects; null for a first statement
 * @param supersededBy the id of the version that corrects this one; null while it stands
 * @param correctionReason why this version corrects the one before; null for a first statement
 */
public record WitnessStatement(
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
