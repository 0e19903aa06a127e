package uk.police.portal.ui.caseapi.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.police.portal.ui.caseapi.entity.Assignment;
import uk.police.portal.ui.caseapi.entity.AuditRecord;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.caseapi.entity.NewEvent;
import uk.police.portal.ui.caseapi.entity.NewMessage;
import uk.police.portal.ui.caseapi.entity.ReportDraft;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.caseapi.entity.ReportReceipt;
import uk.police.portal.ui.caseapi.entity.StaffMember;
import uk.police.portal.ui.caseapi.entity.StatementForm;
import uk.police.portal.ui.caseapi.entity.StatementReceipt;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.caseapi.entity.Triage;
import uk.police.portal.ui.caseapi.entity.TriageRequest;
import uk.police.portal.ui.caseapi.entity.WitnessStatement;

/**
 * The case-api resources the portal uses, as a MicroProfile Rest Client (see case-api/README.md for
 * who may call what). Staff reads carry a reason, which case-api writes to the audit log.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CaseApi {

  @GET
  @Path("me")
  Me me(@HeaderParam("Authorization") String bearer);

  @GET
  @Path("report-draft")
  ReportDraft draft(@HeaderParam("Authorization") String bearer);

  @PUT
  @Path("report-draft")
  ReportDraft saveDraft(@HeaderParam("Authorization") String bearer, ReportDraft draft);

  @DELETE
  @Path("report-draft")
  void discardDraft(@HeaderParam("Authorization") String bearer);

  @POST
  @Path("reports")
  ReportReceipt report(@HeaderParam("Authorization") String bearer, ReportForm form);

  @GET
  @Path("cases")
  Listing<CaseSummary> myCases(
      @HeaderParam("Authorization") String bearer,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("work-queue")
  Listing<CaseSummary> workQueue(
      @HeaderParam("Authorization") String bearer,
      @QueryParam("view") String view,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("cases/{reference}")
  CaseDetail caseFile(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason);

  @GET
  @Path("cases/{reference}/events")
  Listing<TimelineEntry> timeline(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @POST
  @Path("cases/{reference}/events")
  TimelineEntry addEvent(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      NewEvent event);

  @GET
  @Path("cases/{reference}/messages")
  Listing<CaseMessage> messages(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @POST
  @Path("cases/{reference}/messages")
  CaseMessage sendMessage(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      NewMessage message);

  @PUT
  @Path("cases/{reference}/officer")
  CaseDetail assign(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      Assignment assignment);

  @GET
  @Path("cases/{reference}/audit")
  List<AuditRecord> caseAudit(
      @HeaderParam("Authorization") String bearer, @PathParam("reference") String reference);

  @GET
  @Path("cases/{reference}/evidence")
  Listing<EvidenceItem> evidence(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("cases/{reference}/evidence/{id}/audit")
  Listing<AuditRecord> evidenceAudit(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      @PathParam("id") long id,
      @QueryParam("reason") String reason);

  @GET
  @Path("cases/{reference}/statements")
  Listing<WitnessStatement> statements(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason);

  @GET
  @Path("staff/investigators")
  List<StaffMember> investigators(@HeaderParam("Authorization") String bearer);

  @POST
  @Path("cases/{reference}/statements")
  StatementReceipt signStatement(
      @HeaderParam("Authorization") String bearer,
      @PathParam("reference") String reference,
      StatementForm statement);

  @POST
  @Path("triage")
  Triage triage(@HeaderParam("Authorization") String bearer, TriageRequest request);
}
