package uk.police.portal.api.audit.boundary;

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
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.audit.control.AuditLog;
import uk.police.portal.api.audit.entity.AuditRecord;
import uk.police.portal.api.platform.entity.Page;
import uk.police.portal.api.platform.entity.Role;

/** The audit log, for supervisors and administrators only. Reading it is itself audited. */
@Path("audit")
@RequestScoped
@SecurityRequirement(name = "keycloak")
public class AuditResource {

  @Inject AuditLog log;
  @Inject JsonWebToken caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
  @Transactional
  @Operation(summary = "Audit log entries, newest first; optionally about one subject")
  public List<AuditRecord> entries(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectId") String subjectId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Page slice = new Page(page, size);
    log.record(caller, "READ", "audit-log", subjectId == null ? "*" : subjectId, "audit review");
    if (subjectType != null && subjectId != null) {
      return log.about(subjectType, subjectId, slice.first(), slice.size());
    }
    return log.recent(slice.first(), slice.size());
  }
}
