package uk.police.portal.api.casefile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.audit.control.AuditLog;
import uk.police.portal.api.audit.entity.AuditRecord;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.control.CaseFiles;
import uk.police.portal.api.casefile.control.CaseViews;
import uk.police.portal.api.casefile.control.Casework;
import uk.police.portal.api.casefile.control.StaffDirectory;
import uk.police.portal.api.casefile.control.StaffReason;
import uk.police.portal.api.casefile.entity.Assignment;
import uk.police.portal.api.casefile.entity.CaseDetail;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.CaseMessageView;
import uk.police.portal.api.casefile.entity.CaseSummary;
import uk.police.portal.api.casefile.entity.Listing;
import uk.police.portal.api.casefile.entity.NewEvent;
import uk.police.portal.api.casefile.entity.NewMessage;
import uk.police.portal.api.casefile.entity.TimelineEntry;
import uk.police.portal.api.platform.entity.Page;
import uk.police.portal.api.platform.entity.RefusedException;
import uk.police.portal.api.platform.entity.Role;

/**
 * Cases, their timelines and messages. Citizens reach only their own; staff reads are audited with
 * the reason they give (Data Protection Act 2018 s.62). Roles per method: case-api/README.md.
 */
@Path("cases")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  static final String CASE = "case";

  @Inject CaseFiles cases;
  @Inject Casework casework;
  @Inject CaseViews views;
  @Inject StaffDirectory staff;
  @Inject AuditLog audit;
  @Inject JsonWebToken caller;

  @GET
  @RolesAllowed(Role.CITIZEN)
  @Transactional
  @Operation(summary = "The caller's own cases, newest first")
  public Listing<CaseSummary> mine(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Listing<CaseFile> found = cases.ofCitizen(caller.getSubject(), new Page(page, size));
    return new Listing<>(
        found.items().stream().map(views::summary).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @GET
  @Path("{reference}")
  @RolesAllowed({Role.CITIZEN, Role.CONTACT_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Transactional
  @Operation(summary = "One case; staff must give a reason, which is audited")
  public CaseDetail caseFile(
      @PathParam("reference") String reference, @QueryParam("reason") String reason) {
    CaseAccess access = new CaseAccess(caller);
    CaseFile file = readable(reference, reason, access, "READ");
    return views.detail(file, access.staff());
  }

  @GET
  @Path("{reference}/events")
  @RolesAllowed({Role.CITIZEN, Role.CONTACT_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Transactional
  @Operation(summary = "A case's timeline, newest first; internal entries only for case officers")
  public Listing<TimelineEntry> timeline(
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Page slice = new Page(page, size);
    CaseAccess access = new CaseAccess(caller);
    CaseFile file = readable(reference, reason, access, "READ_TIMELINE");
    return cases.timeline(file, access.seesInternalEntries(), slice);
  }

  @POST
  @Path("{reference}/events")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.CITIZEN, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Transactional
  @Operation(summary = "Add to a case's timeline: an update, note, request, key event or outcome")
  public Response addEvent(@PathParam("reference") String reference, NewEvent event) {
    CaseAccess access = new CaseAccess(caller);
    CaseFile file = cases.find(reference);
    TimelineEntry entry = casework.add(file, event, access);
    writtenByStaff(access, file, "ADD_" + entry.type().name());
    return Response.status(201).entity(entry).build();
  }

  @GET
  @Path("{reference}/messages")
  @RolesAllowed({Role.CITIZEN, Role.CONTACT_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Transactional
  @Operation(summary = "Secure messages on a case, newest first")
  public Listing<CaseMessageView> messages(
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Page slice = new Page(page, size);
    CaseFile file = readable(reference, reason, new CaseAccess(caller), "READ_MESSAGES");
    return cases.messages(file, slice);
  }

  @POST
  @Path("{reference}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.CITIZEN, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Transactional
  @Operation(summary = "Send a secure message on a case")
  public Response send(@PathParam("reference") String reference, NewMessage message) {
    CaseAccess access = new CaseAccess(caller);
    CaseFile file = cases.find(reference);
    CaseMessageView sent = casework.send(file, message == null ? null : message.text(), access);
    writtenByStaff(access, file, "SEND_MESSAGE");
    return Response.status(201).entity(sent).build();
  }

  @PUT
  @Path("{reference}/officer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.INVESTIGATOR, Role.SUPERVISOR})
  @Transactional
  @Operation(summary = "Give a case to an officer (supervisors), or take an unassigned one")
  public CaseDetail assign(@PathParam("reference") String reference, Assignment assignment) {
    CaseAccess access = new CaseAccess(caller);
    staff.seen(caller, access.person());
    CaseFile file = cases.find(reference);
    casework.assign(file, assignment == null ? null : assignment.officer(), access);
    writtenByStaff(access, file, "ASSIGN");
    return views.detail(file, true);
  }

  @GET
  @Path("{reference}/audit")
  @RolesAllowed(Role.SUPERVISOR)
  @Transactional
  @Operation(summary = "Who read or changed a case, when and why (supervisors)")
  public List<AuditRecord> auditTrail(
      @PathParam("reference") String reference,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    Page slice = new Page(page, size);
    CaseFile file = cases.find(reference);
    audit.record(caller, "READ_AUDIT", CASE, file.reference(), "audit review");
    return audit.about(CASE, file.reference(), slice.first(), slice.size());
  }

  /** Finds the case the caller may read; a staff read needs a reason and is audited. */
  private CaseFile readable(String reference, String reason, CaseAccess access, String action) {
    if (access.staff()) {
      String why = StaffReason.require(reason);
      staff.seen(caller, access.person());
      CaseFile file = cases.find(reference);
      audit.record(caller, action, CASE, file.reference(), why);
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

  private void writtenByStaff(CaseAccess access, CaseFile file, String action) {
    if (access.staff()) {
      audit.record(caller, action, CASE, file.reference(), "casework");
    }
  }
}
