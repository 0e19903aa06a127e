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
import uk.police.portal.ui.caseapi.entity.CannedResponse;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.ChatCaseReceipt;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.ChatReceipt;
import uk.police.portal.ui.caseapi.entity.ChatReferral;
import uk.police.portal.ui.caseapi.entity.ChatStarted;
import uk.police.portal.ui.caseapi.entity.ChatSurvey;
import uk.police.portal.ui.caseapi.entity.ChatTransfer;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.HandlerAvailability;
import uk.police.portal.ui.caseapi.entity.HandlerSettings;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.LiveChat;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.caseapi.entity.NewChat;
import uk.police.portal.ui.caseapi.entity.NewChatMessage;
import uk.police.portal.ui.caseapi.entity.NewEvent;
import uk.police.portal.ui.caseapi.entity.NewMessage;
import uk.police.portal.ui.caseapi.entity.PartnerAgency;
import uk.police.portal.ui.caseapi.entity.QueueBoard;
import uk.police.portal.ui.caseapi.entity.ReportDraft;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.caseapi.entity.ReportReceipt;
import uk.police.portal.ui.caseapi.entity.StaffMember;
import uk.police.portal.ui.caseapi.entity.StatementForm;
import uk.police.portal.ui.caseapi.entity.StatementReceipt;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.caseapi.entity.TranscriptEmail;
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

  // Live chat, the citizen's side: the chat's token opens it; a chat started signed in also needs
  // that person's bearer token. A null header is left out (see CaseApiClient).

  @POST
  @Path("chats")
  ChatStarted startChat(@HeaderParam("Authorization") String bearer, NewChat chat);

  @GET
  @Path("chats/{id}")
  LiveChat chat(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id);

  @GET
  @Path("chats/{id}/messages")
  List<ChatMessage> chatMessages(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id,
      @QueryParam("after") int after);

  @POST
  @Path("chats/{id}/messages")
  ChatMessage sendChatMessage(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id,
      NewChatMessage message);

  @POST
  @Path("chats/{id}/typing")
  void typing(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id);

  @POST
  @Path("chats/{id}/received")
  void received(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id,
      ChatReceipt receipt);

  @POST
  @Path("chats/{id}/quick-exit")
  void quickExit(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id);

  @POST
  @Path("chats/{id}/end")
  LiveChat endChat(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id);

  @POST
  @Path("chats/{id}/transcript-email")
  void emailTranscript(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id,
      TranscriptEmail email);

  @POST
  @Path("chats/{id}/survey")
  ChatSurvey answerSurvey(
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Chat-Token") String token,
      @PathParam("id") String id,
      ChatSurvey survey);

  // Live chat, the staff side: the contact handler's console and the supervisor's board. The
  // handler's own calls on a chat (messages, typing, received, end) are the ones above, with a
  // bearer token and no Chat-Token.

  @GET
  @Path("chat/handlers/me")
  ChatHandler chatHandler(@HeaderParam("Authorization") String bearer);

  @PUT
  @Path("chat/handlers/me/availability")
  ChatHandler changeAvailability(
      @HeaderParam("Authorization") String bearer, HandlerAvailability availability);

  @GET
  @Path("chat/handlers/me/chats")
  List<LiveChat> myChats(@HeaderParam("Authorization") String bearer);

  @PUT
  @Path("chat/handlers/{username}")
  ChatHandler changeHandler(
      @HeaderParam("Authorization") String bearer,
      @PathParam("username") String username,
      HandlerSettings settings);

  @GET
  @Path("chat/queues")
  QueueBoard queueBoard(@HeaderParam("Authorization") String bearer);

  @POST
  @Path("chats/{id}/transfer")
  LiveChat transferChat(
      @HeaderParam("Authorization") String bearer,
      @PathParam("id") String id,
      ChatTransfer transfer);

  @POST
  @Path("chats/{id}/referral")
  LiveChat referChat(
      @HeaderParam("Authorization") String bearer,
      @PathParam("id") String id,
      ChatReferral referral);

  @GET
  @Path("chats/{id}/case-draft")
  ReportForm caseDraft(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

  @POST
  @Path("chats/{id}/case")
  ChatCaseReceipt caseFromChat(
      @HeaderParam("Authorization") String bearer, @PathParam("id") String id, ReportForm form);

  @GET
  @Path("chat/canned-responses")
  List<CannedResponse> cannedResponses(
      @HeaderParam("Authorization") String bearer, @QueryParam("q") String query);

  @GET
  @Path("chat/referrals")
  List<PartnerAgency> partnerAgencies(@HeaderParam("Authorization") String bearer);
}
