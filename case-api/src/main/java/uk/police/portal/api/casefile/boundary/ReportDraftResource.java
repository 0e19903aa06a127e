package uk.police.portal.api.casefile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.casefile.control.Reports;
import uk.police.portal.api.casefile.entity.ReportDraft;
import uk.police.portal.api.platform.entity.Role;

/**
 * Reporting a crime online: the draft while the citizen answers, then the report. Citizens only.
 */
@Path("report-draft")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@RolesAllowed(Role.CITIZEN)
public class ReportDraftResource {

  @Inject Reports reports;
  @Inject JsonWebToken caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "The caller's unfinished report, or 404 when there is none")
  public ReportDraft draft() {
    return reports
        .draft(caller.getSubject())
        .orElseThrow(() -> new NotFoundException("You have no report saved."));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Save the caller's unfinished report (replaces the one before)")
  public ReportDraft saveDraft(ReportDraft draft) {
    return reports.saveDraft(caller.getSubject(), draft);
  }

  @DELETE
  @Transactional
  @Operation(summary = "Throw away the caller's unfinished report")
  public Response discardDraft() {
    reports.discardDraft(caller.getSubject());
    return Response.noContent().build();
  }
}
