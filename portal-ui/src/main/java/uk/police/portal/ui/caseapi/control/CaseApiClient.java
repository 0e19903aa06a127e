package uk.police.portal.ui.caseapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import uk.police.portal.ui.caseapi.entity.Assignment;
import uk.police.portal.ui.caseapi.entity.AuditRecord;
import uk.police.portal.ui.caseapi.entity.CannedResponse;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.ChatAccess;
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
import uk.police.portal.ui.caseapi.entity.Problem;
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
 * Calls case-api as the signed-in person. The token comes from the session's OpenID context, so
 * call this on a request thread (a Vaadin event), never from a background push thread.
 *
 * <p>A 4xx answer becomes {@link CaseApiRefusedException} with case-api's plain-English detail;
 * anything else that goes wrong becomes {@link CaseApiUnavailableException}.
 */
@ApplicationScoped
public class CaseApiClient {

  private static final Logger LOG = Logger.getLogger(CaseApiClient.class.getName());

  /** Made on first use, so a stand-in client in a plain unit test needs no JSON-B at all. */
  static final class Json {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  @Inject
  @ConfigProperty(name = "portal.api.url")
  String apiUrl;

  @Inject OpenIdContext openId;

  private volatile CaseApi api;

  /**
   * An anonymous chat has no Authorization and a staff call no Chat-Token: the Rest Client would
   * send such a header with no value, so it is taken out before the request leaves.
   */
  private static final ClientRequestFilter LEAVE_OUT_NULL_HEADERS =
      request ->
          request
              .getHeaders()
              .entrySet()
              .removeIf(header -> header.getValue().stream().allMatch(Objects::isNull));

  public Me me() {
    return call(caseApi -> caseApi.me(bearer()));
  }

  /** Empty when the citizen has no report saved (case-api answers 404). */
  public Optional<ReportDraft> draft() {
    try {
      return Optional.of(call(caseApi -> caseApi.draft(bearer())));
    } catch (CaseApiRefusedException refused) {
      if (refused.notFound()) {
        return Optional.empty();
      }
      throw refused;
    }
  }

  public ReportDraft saveDraft(ReportDraft draft) {
    return call(caseApi -> caseApi.saveDraft(bearer(), draft));
  }

  public void discardDraft() {
    call(
        caseApi -> {
          caseApi.discardDraft(bearer());
          return null;
        });
  }

  public ReportReceipt report(ReportForm form) {
    return call(caseApi -> caseApi.report(bearer(), form));
  }

  public Listing<CaseSummary> myCases(int page, int size) {
    return call(caseApi -> caseApi.myCases(bearer(), page, size));
  }

  /** view: mine, unassigned or all (supervisors). */
  public Listing<CaseSummary> workQueue(String view, int page, int size) {
    return call(caseApi -> caseApi.workQueue(bearer(), view, page, size));
  }

  /** reason: why a member of staff opens the case (audited); null for a citizen's own case. */
  public CaseDetail caseFile(String reference, String reason) {
    return call(caseApi -> caseApi.caseFile(bearer(), reference, reason));
  }

  public Listing<TimelineEntry> timeline(String reference, String reason, int page, int size) {
    return call(caseApi -> caseApi.timeline(bearer(), reference, reason, page, size));
  }

  public TimelineEntry addEvent(String reference, NewEvent event) {
    return call(caseApi -> caseApi.addEvent(bearer(), reference, event));
  }

  public Listing<CaseMessage> messages(String reference, String reason, int page, int size) {
    return call(caseApi -> caseApi.messages(bearer(), reference, reason, page, size));
  }

  public CaseMessage sendMessage(String reference, String text) {
    return call(caseApi -> caseApi.sendMessage(bearer(), reference, new NewMessage(text)));
  }

  public CaseDetail assign(String reference, String officerUsername) {
    return call(caseApi -> caseApi.assign(bearer(), reference, new Assignment(officerUsername)));
  }

  public List<AuditRecord> caseAudit(String reference) {
    return call(caseApi -> caseApi.caseAudit(bearer(), reference));
  }

  /** Who has listed, previewed or downloaded one file (investigators and supervisors). */
  public Listing<AuditRecord> evidenceAudit(String reference, long id, String reason) {
    return call(caseApi -> caseApi.evidenceAudit(bearer(), reference, id, reason));
  }

  /** Every signed version of the case's witness statements; staff give a reason (audited). */
  public Listing<WitnessStatement> statements(String reference, String reason) {
    return call(caseApi -> caseApi.statements(bearer(), reference, reason));
  }

  public List<StaffMember> investigators() {
    return call(caseApi -> caseApi.investigators(bearer()));
  }

  /** The files of a case: a citizen's own only (reason null); staff give a reason (audited). */
  public Listing<EvidenceItem> evidence(String reference, String reason, int page, int size) {
    return call(caseApi -> caseApi.evidence(bearer(), reference, reason, page, size));
  }

  /** The citizen's own witness statements on their case, newest version first. */
  public Listing<WitnessStatement> statements(String reference) {
    return statements(reference, null);
  }

  public StatementReceipt signStatement(String reference, StatementForm statement) {
    return call(caseApi -> caseApi.signStatement(bearer(), reference, statement));
  }

  /** The chatbot's first look at some text: above all, whether it sounds like an emergency. */
  public Triage triage(String text) {
    return call(caseApi -> caseApi.triage(bearer(), new TriageRequest(text)));
  }

  /**
   * Starts a live chat as whoever is asking: signed in (the chat is then theirs alone) or
   * anonymous. Call on a request thread. The token in the answer is given once: keep it.
   */
  public ChatStarted startChat(String language) {
    String bearer = bearerIfSignedIn();
    return call(caseApi -> caseApi.startChat(bearer, new NewChat(language)));
  }

  /** Where a chat's events stream is ({@link ChatEvents} reads it). */
  public URI chatEventsUri(String chatId) {
    return URI.create(apiUrl + "/chats/" + chatId + "/events");
  }

  /** The headers that open a chat from the citizen's side (null values are left out). */
  public static Map<String, String> chatHeaders(ChatAccess chat) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Chat-Token", chat.token());
    headers.put("Authorization", chat.bearer());
    return headers;
  }

  // The calls below use the chat's token and the bearer the caller put in ChatAccess, so they can
  // be made from any thread.

  public LiveChat chat(ChatAccess chat) {
    return call(caseApi -> caseApi.chat(chat.bearer(), chat.token(), chat.id()));
  }

  /** The messages after {@code after}, in order (the citizen never gets staff-only ones). */
  public List<ChatMessage> chatMessages(ChatAccess chat, int after) {
    return call(caseApi -> caseApi.chatMessages(chat.bearer(), chat.token(), chat.id(), after));
  }

  /** Stored when this returns; the same clientId again gives back the message first stored. */
  public ChatMessage sendChatMessage(ChatAccess chat, String clientId, String text) {
    return call(
        caseApi ->
            caseApi.sendChatMessage(
                chat.bearer(), chat.token(), chat.id(), new NewChatMessage(clientId, text)));
  }

  public void typing(ChatAccess chat) {
    run(caseApi -> caseApi.typing(chat.bearer(), chat.token(), chat.id()));
  }

  /** Everything up to {@code seq} has reached the citizen's screen (the handler sees ✓✓). */
  public void received(ChatAccess chat, int seq) {
    run(caseApi -> caseApi.received(chat.bearer(), chat.token(), chat.id(), ChatReceipt.upTo(seq)));
  }

  /** The citizen left in a hurry: the handler is told, the chat stays open for a while. */
  public void quickExit(ChatAccess chat) {
    run(caseApi -> caseApi.quickExit(chat.bearer(), chat.token(), chat.id()));
  }

  public LiveChat endChat(ChatAccess chat) {
    return call(caseApi -> caseApi.endChat(chat.bearer(), chat.token(), chat.id()));
  }

  /** An ended chat's transcript by email (at most 3 times a chat). */
  public void emailTranscript(ChatAccess chat, String email) {
    run(
        caseApi ->
            caseApi.emailTranscript(
                chat.bearer(), chat.token(), chat.id(), new TranscriptEmail(email)));
  }

  /** Once per ended chat; a second time is refused (409). */
  public ChatSurvey answerSurvey(ChatAccess chat, ChatSurvey survey) {
    return call(caseApi -> caseApi.answerSurvey(chat.bearer(), chat.token(), chat.id(), survey));
  }

  // Live chat, the staff side. Call these on a request thread, like every call above: the
  // handler's console never calls case-api from a stream's thread.

  /** The contact handler's own row (made AWAY, with the default limit, on the first call). */
  public ChatHandler chatHandler() {
    return call(caseApi -> caseApi.chatHandler(bearer()));
  }

  /** AVAILABLE, BUSY or AWAY; AVAILABLE lets the router give them waiting chats at once. */
  public ChatHandler changeAvailability(String availability) {
    return call(
        caseApi -> caseApi.changeAvailability(bearer(), new HandlerAvailability(availability)));
  }

  /** The chats assigned to the contact handler, the longest held first. */
  public List<LiveChat> myChats() {
    return call(caseApi -> caseApi.myChats(bearer()));
  }

  /** A chat as staff see it, with the bot's summary. */
  public LiveChat staffChat(String chatId) {
    return chat(asStaff(chatId));
  }

  /** Stored when this returns; the same clientId again gives back the message first stored. */
  public ChatMessage sendAsHandler(String chatId, String clientId, String text) {
    return sendChatMessage(asStaff(chatId), clientId, text);
  }

  public void handlerTyping(String chatId) {
    typing(asStaff(chatId));
  }

  /** Everything up to {@code seq} has reached the handler's screen (the citizen sees ✓✓). */
  public void handlerReceived(String chatId, int seq) {
    received(asStaff(chatId), seq);
  }

  public LiveChat endAsStaff(String chatId) {
    return endChat(asStaff(chatId));
  }

  /** A supervisor's change to a handler's limit and skills (409 below their current load). */
  public ChatHandler changeHandler(String username, HandlerSettings settings) {
    return call(caseApi -> caseApi.changeHandler(bearer(), username, settings));
  }

  public QueueBoard queueBoard() {
    return call(caseApi -> caseApi.queueBoard(bearer()));
  }

  /** To a queue or a colleague; 409 with plain words when the colleague cannot take it. */
  public void transferChat(String chatId, ChatTransfer transfer) {
    run(caseApi -> caseApi.transferChat(bearer(), chatId, transfer));
  }

  public void referChat(String chatId, String referral) {
    run(caseApi -> caseApi.referChat(bearer(), chatId, new ChatReferral(referral)));
  }

  /** A report pre-filled from the bot's summary and the transcript, for the handler to check. */
  public ReportForm caseDraft(String chatId) {
    return call(caseApi -> caseApi.caseDraft(bearer(), chatId));
  }

  /** Creates the case once; the citizen is sent its reference in the chat. */
  public ChatCaseReceipt caseFromChat(String chatId, ReportForm form) {
    return call(caseApi -> caseApi.caseFromChat(bearer(), chatId, form));
  }

  public List<CannedResponse> cannedResponses(String query) {
    return call(caseApi -> caseApi.cannedResponses(bearer(), query));
  }

  public List<PartnerAgency> partnerAgencies() {
    return call(caseApi -> caseApi.partnerAgencies(bearer()));
  }

  /** Where the contact handler's console stream is ({@link ChatEvents} reads it). */
  public URI handlerEventsUri() {
    return URI.create(apiUrl + "/chat/handlers/me/events");
  }

  /**
   * The signed-in person's access token, for a stream opened on their behalf: read it on a request
   * thread and give it to the stream's reader, which runs elsewhere.
   */
  public BearerToken bearerToken() {
    return BearerToken.of(openId.getAccessToken().getToken());
  }

  private ChatAccess asStaff(String chatId) {
    return new ChatAccess(chatId, null, bearer());
  }

  private void run(Consumer<CaseApi> request) {
    call(
        caseApi -> {
          request.accept(caseApi);
          return null;
        });
  }

  private <T> T call(Function<CaseApi, T> request) {
    try {
      return request.apply(api());
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      LOG.warning(() -> "case-api answered " + status + " at " + apiUrl);
      if (status >= 400 && status < 500) {
        throw refusal(e.getResponse());
      }
      throw new CaseApiUnavailableException("case-api refused the request", e);
    } catch (ProcessingException e) {
      LOG.warning(() -> "case-api not reachable at " + apiUrl + ": " + e.getMessage());
      throw new CaseApiUnavailableException("case-api is not reachable", e);
    }
  }

  /** Problem Details come as application/problem+json, which is read here rather than by type. */
  static CaseApiRefusedException refusal(Response response) {
    try {
      return refusal(response.getStatus(), response.readEntity(String.class));
    } catch (ProcessingException | IllegalStateException unreadable) {
      return refusal(response.getStatus(), null);
    }
  }

  /** A 4xx answer's Problem Details, from its body as case-api sent it. */
  static CaseApiRefusedException refusal(int status, String body) {
    try {
      Problem problem =
          body == null || body.isBlank() ? null : Json.JSONB.fromJson(body, Problem.class);
      if (problem != null && problem.detail() != null) {
        return new CaseApiRefusedException(status, problem.detail(), problem.errors());
      }
    } catch (JsonbException unreadable) {
      // Not Problem Details (a proxy's page, say): the plain words below instead.
    }
    return new CaseApiRefusedException(
        status, "The request was refused (" + status + ").", List.of());
  }

  /**
   * The signed-in person's access token as an Authorization header value. Read it on a request
   * thread: the OpenID context belongs to the HTTP session.
   */
  String bearer() {
    return "Bearer " + openId.getAccessToken().getToken();
  }

  /**
   * The signed-in person's Authorization value, or null for someone not signed in. Read it on a
   * request thread and hand it to calls made later from other threads (a chat's stream).
   */
  public String bearerIfSignedIn() {
    var token = openId.getAccessToken();
    return token == null || token.getToken() == null ? null : "Bearer " + token.getToken();
  }

  private CaseApi api() {
    if (api == null) {
      api =
          RestClientBuilder.newBuilder()
              .baseUri(URI.create(apiUrl))
              .connectTimeout(3, TimeUnit.SECONDS)
              .readTimeout(15, TimeUnit.SECONDS)
              .register(LEAVE_OUT_NULL_HEADERS)
              .build(CaseApi.class);
    }
    return api;
  }
}
