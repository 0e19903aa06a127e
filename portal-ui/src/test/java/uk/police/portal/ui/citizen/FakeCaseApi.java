package uk.police.portal.ui.citizen;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.FieldError;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.caseapi.entity.NewEvent;
import uk.police.portal.ui.caseapi.entity.ReportDraft;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.caseapi.entity.ReportReceipt;
import uk.police.portal.ui.caseapi.entity.StatementForm;
import uk.police.portal.ui.caseapi.entity.StatementReceipt;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.caseapi.entity.Triage;
import uk.police.portal.ui.caseapi.entity.WitnessStatement;

/**
 * case-api as the views see it, in memory: one citizen's draft, their cases, and triage that calls
 * anything with "now" in it an emergency. It answers a case that is not in {@link #cases} as
 * case-api does: 404 with the same words.
 */
public class FakeCaseApi extends CaseApiClient {

  public ReportDraft draft;
  public final List<ReportDraft> saved = new ArrayList<>();
  public final List<ReportForm> reports = new ArrayList<>();
  public final List<String> triaged = new ArrayList<>();
  public final Map<String, CaseDetail> cases = new HashMap<>();
  public final Map<String, List<TimelineEntry>> timelines = new HashMap<>();
  public final Map<String, List<CaseMessage>> messages = new HashMap<>();
  public List<CaseSummary> myCases = new ArrayList<>();
  public List<FieldError> refuseReportWith;
  public final Map<String, List<EvidenceItem>> evidence = new HashMap<>();
  public final Map<String, List<WitnessStatement>> statements = new HashMap<>();
  public final List<StatementForm> signed = new ArrayList<>();
  public CaseApiRefusedException refuseStatementWith;
  public String name = "Alice Ashworth";
  public int draftsDiscarded;

  @Override
  public Optional<ReportDraft> draft() {
    return Optional.ofNullable(draft);
  }

  @Override
  public ReportDraft saveDraft(ReportDraft newDraft) {
    draft = new ReportDraft(newDraft.step(), newDraft.form(), OffsetDateTime.now());
    saved.add(draft);
    return draft;
  }

  @Override
  public void discardDraft() {
    draft = null;
    draftsDiscarded++;
  }

  @Override
  public ReportReceipt report(ReportForm form) {
    if (refuseReportWith != null) {
      throw new CaseApiRefusedException(400, "Some answers need to be changed.", refuseReportWith);
    }
    reports.add(form);
    draft = null;
    return new ReportReceipt(
        "PC-7KQ4-9XRT",
        OffsetDateTime.now(),
        List.of("An officer will look at your report within 5 working days."),
        "Call 101 and give your crime reference number.",
        form.contact() != null && form.contact().byEmail());
  }

  @Override
  public Triage triage(String text) {
    triaged.add(text);
    return new Triage("THEFT", text.toLowerCase().contains("now"), null, null, "en");
  }

  @Override
  public Listing<CaseSummary> myCases(int page, int size) {
    int from = Math.min(page * size, myCases.size());
    int to = Math.min(from + size, myCases.size());
    return new Listing<>(myCases.subList(from, to), page, size, myCases.size());
  }

  @Override
  public CaseDetail caseFile(String reference, String reason) {
    CaseDetail detail = cases.get(reference);
    if (detail == null) {
      throw new CaseApiRefusedException(404, "We cannot find a case with that reference.", null);
    }
    return detail;
  }

  @Override
  public Listing<TimelineEntry> timeline(String reference, String reason, int page, int size) {
    List<TimelineEntry> entries = timelines.getOrDefault(reference, List.of());
    return new Listing<>(entries, page, size, entries.size());
  }

  @Override
  public TimelineEntry addEvent(String reference, NewEvent event) {
    TimelineEntry entry =
        new TimelineEntry(
            99,
            OffsetDateTime.now(),
            event.type(),
            "You added information",
            event.text(),
            true,
            "Alice Ashworth");
    timelines.computeIfAbsent(reference, r -> new ArrayList<>()).add(entry);
    return entry;
  }

  @Override
  public Listing<CaseMessage> messages(String reference, String reason, int page, int size) {
    List<CaseMessage> list = messages.getOrDefault(reference, List.of());
    return new Listing<>(list, page, size, list.size());
  }

  @Override
  public CaseMessage sendMessage(String reference, String text) {
    CaseMessage message =
        new CaseMessage(7, OffsetDateTime.now(), "CITIZEN", "Alice Ashworth", text);
    messages.computeIfAbsent(reference, r -> new ArrayList<>()).add(message);
    return message;
  }

  @Override
  public Me me() {
    return new Me("alice-id", "alice", name, List.of("citizen"));
  }

  @Override
  public Listing<EvidenceItem> evidence(String reference, String reason, int page, int size) {
    caseFile(reference, reason);
    List<EvidenceItem> items = evidence.getOrDefault(reference, List.of());
    return new Listing<>(items, page, size, items.size());
  }

  @Override
  public Listing<WitnessStatement> statements(String reference) {
    caseFile(reference, null);
    List<WitnessStatement> list = statements.getOrDefault(reference, List.of());
    return new Listing<>(list, 0, list.size(), list.size());
  }

  /** Signs as case-api would: the next version, newest first in the list. */
  @Override
  public StatementReceipt signStatement(String reference, StatementForm form) {
    caseFile(reference, null);
    if (refuseStatementWith != null) {
      throw refuseStatementWith;
    }
    signed.add(form);
    List<WitnessStatement> list = statements.computeIfAbsent(reference, r -> new ArrayList<>());
    int version = list.size() + 1;
    long id = 100 + version;
    String sha = String.valueOf(version).repeat(64);
    list.replaceAll(
        s ->
            s.id() == (form.supersedes() == null ? -1 : form.supersedes())
                ? new WitnessStatement(
                    s.id(),
                    s.version(),
                    s.supersedes(),
                    id,
                    s.evidenceId(),
                    s.sha256(),
                    s.pages(),
                    s.signedBy(),
                    s.signedAt(),
                    s.correctionReason())
                : s);
    list.add(
        0,
        new WitnessStatement(
            id,
            version,
            form.supersedes(),
            null,
            200 + version,
            sha,
            2,
            name,
            OffsetDateTime.now(),
            form.correctionReason()));
    return new StatementReceipt(
        id,
        reference,
        version,
        form.supersedes(),
        200 + version,
        sha,
        4096,
        2,
        name,
        OffsetDateTime.now());
  }
}
