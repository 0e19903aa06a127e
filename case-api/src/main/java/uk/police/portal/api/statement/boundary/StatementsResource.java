package uk.police.portal.api.statement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.Listing;
import uk.police.portal.api.evidence.boundary.EvidenceResource;
import uk.police.portal.api.evidence.boundary.UploadProblems;
import uk.police.portal.api.evidence.control.EvidenceAccess;
import uk.police.portal.api.platform.entity.Page;
import uk.police.portal.api.platform.entity.Role;
import uk.police.portal.api.statement.control.StatementAccess;
import uk.police.portal.api.statement.control.StatementSigning;
import uk.police.portal.api.statement.control.WitnessStatements;
import uk.police.portal.api.statement.entity.StatementForm;
import uk.police.portal.api.statement.entity.StatementReceipt;
import uk.police.portal.api.statement.entity.StatementView;

/**
 * Witness statements on a case. Signing: the citizen whose case it is (another citizen hears what a
 * missing case says; staff are refused). Listing: that citizen, their own; contact handlers,
 * investigators and supervisors with a reason, audited. The PDF itself is the evidence item named
 * in the receipt, downloaded like any other. Roles: case-api/README.md.
 */
@Path("cases/{reference}/statements")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {

  @Inject EvidenceAccess evidence;
  @Inject StatementAccess access;
  @Inject StatementSigning signing;
  @Inject WitnessStatements statements;
  @Inject JsonWebToken caller;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CITIZEN)
  @Operation(
      summary =
          "Sign a witness statement (or a correction of your latest one): it is rendered to PDF"
              + " with the section 9 declaration and kept as evidence")
  public Response sign(@PathParam("reference") String reference, StatementForm form) {
    CaseFile file = evidence.toAddTo(reference, caller);
    StatementReceipt receipt;
    try {
      receipt = signing.sign(file, form, caller);
    } catch (RuntimeException e) {
      throw UploadProblems.of(e);
    }
    return Response.created(EvidenceResource.contentOf(uri, file.reference(), receipt.evidenceId()))
        .entity(receipt)
        .build();
  }

  @GET
  @RolesAllowed({Role.CITIZEN, Role.CONTACT_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Operation(
      summary =
          "A case's signed statements, newest first: a citizen sees their own; staff must give a"
              + " reason, which is audited")
  public Listing<StatementView> list(
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Page slice = new Page(page, size);
    CaseFile file = access.toList(reference, reason, caller);
    String onlyBy = new CaseAccess(caller).citizen() ? caller.getSubject() : null;
    return statements.of(file, onlyBy, slice);
  }
}
