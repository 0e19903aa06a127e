package uk.police.portal.ui.caseapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
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
import uk.police.portal.ui.caseapi.entity.Problem;
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

  private CaseApi api() {
    if (api == null) {
      api =
          RestClientBuilder.newBuilder()
              .baseUri(URI.create(apiUrl))
              .connectTimeout(3, TimeUnit.SECONDS)
              .readTimeout(15, TimeUnit.SECONDS)
              .build(CaseApi.class);
    }
    return api;
  }
}
