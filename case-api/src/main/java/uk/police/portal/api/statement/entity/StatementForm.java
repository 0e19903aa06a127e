package uk.police.portal.api.statement.entity;

/**
 * What a witness fills in on the statement pages. Checked by {@code StatementCheck}; every field
 * may arrive missing.
 *
 * @param over18 when false, {@code dateOfBirth} is required (a statement by someone under 18 shows
 *     their date of birth, as the MG11 form does)
 * @param dateOfBirth {@code yyyy-mm-dd}
 * @param address on the contact details page only, which is not disclosed with the statement
 * @param account what happened, in their own words
 * @param declarationAccepted the witness ticked the declaration of truth
 * @param supersedes the id of the witness's own latest statement on the case, when this corrects it
 * @param correctionReason what is being corrected and why; required with {@code supersedes}
 */
public record StatementForm(
    String fullName,
    Boolean over18,
    String dateOfBirth,
    String occupation,
    String address,
    String phone,
    String account,
    Boolean declarationAccepted,
    Long supersedes,
    String correctionReason) {}
