package uk.police.portal.ui.citizen.statement;

import java.io.Serializable;
import java.time.LocalDate;
import uk.police.portal.ui.caseapi.entity.StatementForm;

/**
 * The statement so far, as the pages hold it: "not answered yet" is kept apart from "no". Becomes a
 * StatementForm when it is signed.
 */
final class StatementAnswers implements Serializable {

  String fullName;

  /** null until answered. */
  Boolean over18;

  LocalDate dateOfBirth;
  String occupation;
  String address;
  String phone;
  String account;
  String correctionReason;

  /** The same answers for a new version: what it corrects is asked afresh. */
  StatementAnswers forCorrection() {
    StatementAnswers a = new StatementAnswers();
    a.fullName = fullName;
    a.over18 = over18;
    a.dateOfBirth = dateOfBirth;
    a.occupation = occupation;
    a.address = address;
    a.phone = phone;
    a.account = account;
    return a;
  }

  /** A statement, or a correction of the statement with id {@code supersedes} (null for none). */
  StatementForm toForm(boolean declarationAccepted, Long supersedes) {
    boolean adult = Boolean.TRUE.equals(over18);
    return new StatementForm(
        fullName,
        adult,
        adult ? null : dateOfBirth,
        occupation,
        address,
        phone,
        account,
        declarationAccepted,
        supersedes,
        supersedes == null ? null : correctionReason);
  }
}
