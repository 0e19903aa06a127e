package uk.police.portal.ui.caseapi.entity;

import java.time.LocalDate;

/**
 * A witness statement as the citizen signs it ({@code POST /api/cases/{reference}/statements}).
 *
 * @param dateOfBirth only when over18 is false
 * @param supersedes the id of the citizen's latest statement this one corrects; null for a first
 * @param correctionReason what is being corrected; required with supersedes
 */
public record StatementForm(
    String fullName,
    boolean over18,
    LocalDate dateOfBirth,
    String occupation,
    String address,
    String phone,
    String account,
    boolean declarationAccepted,
    Long supersedes,
    String correctionReason) {}
