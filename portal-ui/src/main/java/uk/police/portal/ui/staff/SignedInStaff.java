package uk.police.portal.ui.staff;

import java.util.List;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The member of staff looking at a page, as case-api knows them. Decides which actions a page
 * offers; case-api checks every one of them again, so this only keeps refused buttons out of view.
 */
public record SignedInStaff(String username, String name, List<String> roles) {

  public SignedInStaff {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  public static SignedInStaff of(Me me) {
    return new SignedInStaff(me.username(), me.name(), me.roles());
  }

  public boolean supervisor() {
    return roles.contains(PortalRole.SUPERVISOR);
  }

  public boolean investigator() {
    return roles.contains(PortalRole.INVESTIGATOR);
  }

  public boolean contactHandler() {
    return roles.contains(PortalRole.CONTACT_HANDLER);
  }

  /** Investigators and supervisors work cases; contact handlers only read them. */
  public boolean worksCases() {
    return supervisor() || investigator();
  }

  /** Supervisors act on any case, investigators on the cases assigned to them. */
  public boolean mayActOn(CaseDetail detail) {
    return supervisor() || (investigator() && username != null && isOfficerOf(detail));
  }

  /** An investigator may take a case that nobody holds yet. */
  public boolean mayTake(CaseDetail detail) {
    return investigator() && detail.officerUsername() == null;
  }

  private boolean isOfficerOf(CaseDetail detail) {
    return username.equals(detail.officerUsername());
  }
}
