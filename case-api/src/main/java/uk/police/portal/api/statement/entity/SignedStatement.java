package uk.police.portal.api.statement.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Everything a statement's PDF shows, checked and signed: the witness's words exactly as typed.
 *
 * @param correctsVersion the version this one corrects, or null for a first statement
 * @param dateOfBirth null for a witness over 18
 * @param account the words as typed, unchanged
 * @param signedAs the portal account that signed: its username, or its subject if it has none
 */
public record SignedStatement(
    String reference,
    int version,
    Integer correctsVersion,
    String correctionReason,
    String fullName,
    LocalDate dateOfBirth,
    String occupation,
    String address,
    String phone,
    String account,
    String signedAs,
    OffsetDateTime signedAt,
    Declaration declaration) {

  public boolean over18() {
    return dateOfBirth == null;
  }
}
