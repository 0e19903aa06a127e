package uk.police.portal.api.statement.entity;

import java.time.OffsetDateTime;

/**
 * What a witness gets back when they sign: the statement's place in its chain of versions and the
 * evidence item that holds its PDF, with the PDF's SHA-256.
 *
 * @param supersedes the id of the statement this corrects, or null
 * @param evidenceId the PDF, downloadable at {@code /api/cases/{reference}/evidence/{id}/content}
 * @param pages the statement's pages, as its declaration counts them (the PDF has one more: the
 *     witness's contact details, which are not part of the statement)
 * @param signedBy the name the witness signed with
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
