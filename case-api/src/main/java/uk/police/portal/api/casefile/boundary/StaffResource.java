package uk.police.portal.api.casefile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.control.StaffDirectory;
import uk.police.portal.api.casefile.entity.StaffMember;
import uk.police.portal.api.casefile.entity.StaffMemberView;
import uk.police.portal.api.platform.entity.Role;

/** The officers a supervisor can give a case to. */
@Path("staff")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject StaffDirectory staff;
  @Inject JsonWebToken caller;

  @GET
  @Path("investigators")
  @RolesAllowed(Role.SUPERVISOR)
  @Transactional
  @Operation(summary = "Officers a case can be given to (those who have signed in)")
  public List<StaffMemberView> investigators() {
    staff.seen(caller, new CaseAccess(caller).person());
    return staff.officers().stream().map(StaffMember::toView).toList();
  }
}
