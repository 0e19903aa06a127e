package uk.police.portal.ui.staff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.entity.AuditRecord;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.caseapi.entity.NewEvent;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.caseapi.entity.StaffMember;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.caseapi.entity.WitnessStatement;

/**
 * case-api as a view sees it, without a server: answers set by the test, every call written down
 * (with its reason) so a test can check what was read and sent.
 */
public class FakeCaseApi extends CaseApiClient {

  public static final String REFERENCE = "PC-7KQ4-9XRT";
  public static final OffsetDateTime REPORTED =
      OffsetDateTime.of(2026, 11, 20, 14, 5, 0, 0, ZoneOffset.UTC);

  public Me me = new Me("sub-ian", "ian", "Ian Investigator", List.of("investigator"));
  public CaseDetail detail = caseDetail(null, null);
  public List<TimelineEntry> timeline = new ArrayList<>();
  public List<CaseMessage> messages = new ArrayList<>();
  public Map<String, Listing<CaseSummary>> queues = new HashMap<>();
  public List<StaffMember> investigators =
      List.of(new StaffMember("ian", "Ian Investigator"), new StaffMember("ivy", "Ivy Inspector"));
  public List<AuditRecord> audit = new ArrayList<>();
  public List<EvidenceItem> evidence = new ArrayList<>();
  public List<WitnessStatement> statements = new ArrayList<>();
  public Map<Long, List<AuditRecord>> evidenceAudit = new HashMap<>();

  /** When set, the next write is refused with this detail. */
  public String refuseNextWrite;

  public final List<String> calls = new ArrayList<>();
  public final List<NewEvent> events = new ArrayList<>();
  public final List<String> assignments = new ArrayList<>();
  public final List<String> sentMessages = new ArrayList<>();

  public static CaseDetail caseDetail(String officerUsername, String officerName) {
    return new CaseDetail(
        REFERENCE,
        "THEFT",
        "Theft",
        "RECEIVED",
        "Received",
        REPORTED,
        "Alice Ashworth",
        officerName,
        officerUsername,
        null,
        null,
        "STANDARD",
        null,
        report());
  }

  public static ReportForm report() {
    return new ReportForm(
        "THEFT",
        "My bike was taken from outside the shop.",
        LocalDate.of(2026, 11, 19),
        "about 3pm",
        "High Street, Leeds",
        "Bicycle",
        450,
        null,
        "A man in a red coat",
        null,
        new ReportForm.Victim(false, null, null, null, null),
        new ReportForm.Vulnerability(null, false, false, null),
        new ReportForm.ContactPreferences(
            true,
            "alice@example.org",
            true,
            "07700 900123",
            false,
            "Weekdays after 6pm",
            false,
            "bluebell"));
  }

  public static CaseSummary summary(String reference, LocalDate due, String status) {
    return new CaseSummary(
        reference, "THEFT", "Theft", "RECEIVED", "Received", REPORTED, null, due, status);
  }

  @Override
  public Me me() {
    calls.add("me");
    return me;
  }

  @Override
  public Listing<CaseSummary> workQueue(String view, int page, int size) {
    calls.add("workQueue " + view + " " + page);
    return queues.getOrDefault(view, new Listing<>(List.of(), page, size, 0));
  }

  @Override
  public CaseDetail caseFile(String reference, String reason) {
    calls.add("caseFile " + reference + " " + reason);
    if (!REFERENCE.equals(reference)) {
      throw new CaseApiRefusedException(
          404, "There is no case with that reference that you can see.", List.of());
    }
    return detail;
  }

  @Override
  public Listing<TimelineEntry> timeline(String reference, String reason, int page, int size) {
    calls.add("timeline " + reference + " " + reason);
    return new Listing<>(List.copyOf(timeline), page, size, timeline.size());
  }

  @Override
  public Listing<CaseMessage> messages(String reference, String reason, int page, int size) {
    calls.add("messages " + reference + " " + reason);
    return new Listing<>(List.copyOf(messages), page, size, messages.size());
  }

  @Override
  public TimelineEntry addEvent(String reference, NewEvent event) {
    return write(
        () -> {
          events.add(event);
          return new TimelineEntry(
              99, REPORTED, event.type(), event.type(), event.text(), true, "x");
        });
  }

  @Override
  public CaseMessage sendMessage(String reference, String text) {
    return write(
        () -> {
          sentMessages.add(text);
          return new CaseMessage(1, REPORTED, "POLICE", "Ian Investigator", text);
        });
  }

  @Override
  public CaseDetail assign(String reference, String officerUsername) {
    return write(
        () -> {
          assignments.add(officerUsername);
          String name =
              investigators.stream()
                  .filter(m -> m.username().equals(officerUsername))
                  .map(StaffMember::name)
                  .findFirst()
                  .orElse(officerUsername);
          detail = caseDetail(officerUsername, name);
          return detail;
        });
  }

  @Override
  public List<AuditRecord> caseAudit(String reference) {
    calls.add("caseAudit " + reference);
    return audit;
  }

  @Override
  public Listing<EvidenceItem> evidence(String reference, String reason, int page, int size) {
    calls.add("evidence " + reference + " " + reason);
    return new Listing<>(List.copyOf(evidence), page, size, evidence.size());
  }

  @Override
  public Listing<AuditRecord> evidenceAudit(String reference, long id, String reason) {
    calls.add("evidenceAudit " + reference + " " + id + " " + reason);
    List<AuditRecord> trail = evidenceAudit.getOrDefault(id, List.of());
    return new Listing<>(trail, 0, 100, trail.size());
  }

  @Override
  public Listing<WitnessStatement> statements(String reference, String reason) {
    calls.add("statements " + reference + " " + reason);
    return new Listing<>(List.copyOf(statements), 0, 100, statements.size());
  }

  @Override
  public List<StaffMember> investigators() {
    calls.add("investigators");
    return investigators;
  }

  private <T> T write(Supplier<T> change) {
    if (refuseNextWrite != null) {
      String why = refuseNextWrite;
      refuseNextWrite = null;
      throw new CaseApiRefusedException(409, why, List.of());
    }
    return change.get();
  }
}
