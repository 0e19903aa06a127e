package uk.police.portal.api.statement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.audit.control.AuditLog;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.control.CaseFiles;
import uk.police.portal.api.casefile.control.StaffDirectory;
import uk.police.portal.api.casefile.control.StaffReason;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.platform.entity.RefusedException;

/**
 * Who may read a case's statements (case-api/README.md has the table): the citizen whose case it
 * is, their own; staff, with a reason, each read written to the case's audit log before anything is
 * shown (Data Protection Act 2018 s.62). Signing goes through evidence's rules for adding a file.
 */
@ApplicationScoped
public class StatementAccess {

  static final String CASE = "case";

  @Inject CaseFiles cases;
  @Inject StaffDirectory staff;
  @Inject AuditLog audit;

  @Transactional
  public CaseFile toList(String reference, String reason, JsonWebToken caller) {
    CaseAccess access = new CaseAccess(caller);
    if (access.staff()) {
      String why = StaffReason.require(reason);
      staff.seen(caller, access.person());
      CaseFile file = cases.find(reference);
      audit.record(caller, "READ_STATEMENTS", CASE, file.reference(), why);
      return file;
    }
    if (!access.citizen()) {
      throw new RefusedException(
          "Your account does not have permission for this. Nothing was changed.");
    }
    CaseFile file = cases.find(reference);
    access.requireRead(file);
    return file;
  }
}
