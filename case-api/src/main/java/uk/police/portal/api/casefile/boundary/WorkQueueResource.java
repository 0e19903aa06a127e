package uk.police.portal.api.casefile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.control.CaseFiles;
import uk.police.portal.api.casefile.control.CaseViews;
import uk.police.portal.api.casefile.control.StaffDirectory;
import uk.police.portal.api.casefile.control.WorkQueueView;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.CaseSummary;
import uk.police.portal.api.casefile.entity.Listing;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.platform.entity.Page;
import uk.police.portal.api.platform.entity.RefusedException;
import uk.police.portal.api.platform.entity.Role;

/**
 * Lists for those who work cases: their own (overdue first), the unassigned, and for supervisors
 * all.
 */
@Path("work-queue")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

  @Inject CaseFiles cases;
  @Inject CaseViews views;
  @Inject StaffDirectory staff;
  @Inject JsonWebToken caller;

  @GET
  @RolesAllowed({Role.INVESTIGATOR, Role.SUPERVISOR})
  @Transactional
  @Operation(summary = "Open cases: view=mine (default), unassigned, or all (supervisors)")
  public Listing<CaseSummary> queue(
      @QueryParam("view") @DefaultValue("mine") String view,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Page slice = new Page(page, size);
    CaseAccess access = new CaseAccess(caller);
    WorkQueueView chosen =
        WorkQueueView.parse(view)
            .orElseThrow(
                () -> new InvalidRequestException("view must be mine, unassigned or all."));
    if (chosen == WorkQueueView.ALL && !access.supervisor()) {
      throw new RefusedException("Only supervisors can list every case.");
    }
    staff.seen(caller, access.person());
    Listing<CaseFile> found = cases.queue(chosen, caller.getSubject(), slice);
    return new Listing<>(
        found.items().stream().map(views::summary).toList(),
        found.page(),
        found.size(),
        found.total());
  }
}
