package uk.police.portal.api.casefile.control;

import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.platform.entity.RefusedException;
import uk.police.portal.api.platform.entity.Role;

/**
 * Who may see and do what with a case (case-api/README.md has the table). A citizen who asks for
 * someone else's case is told exactly what they would be told for a case that does not exist.
 */
public final class CaseAccess {

  public static final String NOT_FOUND =
      "We cannot find a case with that reference. Check the reference and try again.";

  private final JsonWebToken caller;

  public CaseAccess(JsonWebToken caller) {
    this.caller = caller;
  }

  public Person person() {
    String username = caller.getClaim(Claims.preferred_username.name());
    String name = caller.getClaim("name");
    String shown = name == null || name.isBlank() ? username : name;
    return new Person(caller.getSubject(), username, shown);
  }

  public boolean citizen() {
    return has(Role.CITIZEN) && !staff();
  }

  public boolean staff() {
    return has(Role.CONTACT_HANDLER) || has(Role.INVESTIGATOR) || has(Role.SUPERVISOR);
  }

  public boolean supervisor() {
    return has(Role.SUPERVISOR);
  }

  public boolean investigator() {
    return has(Role.INVESTIGATOR);
  }

  /** Citizens see their own cases; staff see any (each read audited by the boundary). */
  public void requireRead(CaseFile file) {
    if (staff()) {
      return;
    }
    if (!citizen() || !file.reportedBy(caller.getSubject())) {
      throw new NotFoundException(NOT_FOUND);
    }
  }

  /** Internal notes and key events are for staff who work cases, not for contact handlers. */
  public boolean seesInternalEntries() {
    return has(Role.INVESTIGATOR) || has(Role.SUPERVISOR);
  }

  /** The officer in charge works a case; a supervisor may work any. */
  public void requireWork(CaseFile file) {
    requireRead(file);
    if (supervisor()) {
      return;
    }
    if (!investigator()) {
      throw new RefusedException(
          "Only the officer in charge of this case or a supervisor can do this. Nothing was"
              + " changed.");
    }
    if (!file.workedBy(caller.getSubject())) {
      throw new RefusedException(
          "This case is not assigned to you. Take it from the unassigned list, or ask a"
              + " supervisor to assign it to you. Nothing was changed.");
    }
  }

  private boolean has(String role) {
    return caller.getGroups().contains(role);
  }
}
