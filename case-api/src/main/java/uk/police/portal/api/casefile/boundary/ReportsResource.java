package uk.police.portal.api.casefile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.control.Reports;
import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.casefile.entity.ReportReceipt;
import uk.police.portal.api.platform.entity.Role;

/**
 * Reporting a crime online: the draft while the citizen answers, then the report. Citizens only.
 */
@Path("reports")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@RolesAllowed(Role.CITIZEN)
public class ReportsResource {

  @Inject Reports reports;
  @Inject JsonWebToken caller;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Report a crime: 201 with the reference, or 400 naming each answer to change")
  public Response report(ReportForm form) {
    ReportReceipt receipt = reports.submit(form, new CaseAccess(caller).person());
    return Response.created(uri.getBaseUriBuilder().path("cases").path(receipt.reference()).build())
        .entity(receipt)
        .build();
  }
}
