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
import uk.police.portal.ui.caseapi.entity.CannedResponse;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.ChatCaseReceipt;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.ChatTransfer;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.HandlerSettings;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.LiveChat;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.caseapi.entity.NewEvent;
import uk.police.portal.ui.caseapi.entity.PartnerAgency;
import uk.police.portal.ui.caseapi.entity.QueueBoard;
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

  // Live chat, the staff side.
  public ChatHandler chatHandler =
      new ChatHandler(
          "hannah", "Hannah", "AWAY", 4, 0, List.of("GENERAL", "PUBLIC_PROTECTION"), REPORTED);
  public QueueBoard board = new QueueBoard(List.of(), List.of(), List.of());
  public List<CannedResponse> cannedResponses =
      List.of(
          new CannedResponse("greeting", "Greeting", "Hello, my name is Hannah. How can I help?"),
          new CannedResponse(
              "crime-reference",
              "Crime reference",
              "I have made a report. Your crime reference number will appear in this chat."));
  public List<PartnerAgency> partnerAgencies =
      List.of(
          new PartnerAgency("ACTION_FRAUD", "Action Fraud", "0300 123 2040"),
          new PartnerAgency("RSPCA", "RSPCA", "0300 1234 999"));
  public ReportForm caseDraft = report();
  public String caseReference = "PC-CHAT-0001";
  public List<LiveChat> myChats = new ArrayList<>();
  public final List<String> sentChatMessages = new ArrayList<>();
  public final List<String> chatSignals = new ArrayList<>();
  public final List<String> transfers = new ArrayList<>();
  public final List<String> handlerChanges = new ArrayList<>();
  public final List<String> referrals = new ArrayList<>();
  public final List<ReportForm> casesFromChats = new ArrayList<>();

  /** When set, the next write fails as if case-api could not be reached. */
  public boolean unreachableNextWrite;

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

  @Override
  public List<LiveChat> myChats() {
    calls.add("myChats");
    return List.copyOf(myChats);
  }

  @Override
  public ChatMessage sendAsHandler(String chatId, String clientId, String text) {
    return write(
        () -> {
          sentChatMessages.add(chatId + " " + clientId + " " + text);
          return new ChatMessage(
              100 + sentChatMessages.size(),
              clientId,
              "HANDLER",
              "Hannah",
              "TEXT",
              text,
              false,
              OffsetDateTime.now(ZoneOffset.UTC),
              List.of(),
              false);
        });
  }

  @Override
  public void handlerTyping(String chatId) {
    chatSignals.add("typing " + chatId);
  }

  @Override
  public void handlerReceived(String chatId, int seq) {
    chatSignals.add("received " + chatId + " " + seq);
  }

  @Override
  public LiveChat endAsStaff(String chatId) {
    return write(
        () -> {
          chatSignals.add("end " + chatId);
          return null;
        });
  }

  @Override
  public ChatHandler chatHandler() {
    calls.add("chatHandler");
    return chatHandler;
  }

  @Override
  public ChatHandler changeAvailability(String availability) {
    return write(
        () -> {
          calls.add("availability " + availability);
          chatHandler =
              new ChatHandler(
                  chatHandler.username(),
                  chatHandler.firstName(),
                  availability,
                  chatHandler.chatLimit(),
                  chatHandler.activeChats(),
                  chatHandler.skills(),
                  chatHandler.lastSeenAt());
          return chatHandler;
        });
  }

  @Override
  public ChatHandler changeHandler(String username, HandlerSettings settings) {
    return write(
        () -> {
          handlerChanges.add(username + " " + settings.chatLimit() + " " + settings.skills());
          return chatHandler;
        });
  }

  @Override
  public QueueBoard queueBoard() {
    calls.add("queueBoard");
    return board;
  }

  @Override
  public void transferChat(String chatId, ChatTransfer transfer) {
    write(
        () ->
            transfers.add(
                chatId
                    + " to "
                    + (transfer.queue() != null ? transfer.queue() : transfer.handler())
                    + (transfer.note() == null ? "" : ": " + transfer.note())));
  }

  @Override
  public void referChat(String chatId, String referral) {
    write(() -> referrals.add(chatId + " " + referral));
  }

  @Override
  public ReportForm caseDraft(String chatId) {
    calls.add("caseDraft " + chatId);
    return caseDraft;
  }

  @Override
  public ChatCaseReceipt caseFromChat(String chatId, ReportForm form) {
    return write(
        () -> {
          casesFromChats.add(form);
          return new ChatCaseReceipt(caseReference);
        });
  }

  @Override
  public List<CannedResponse> cannedResponses(String query) {
    calls.add("cannedResponses " + query);
    String q = query == null ? "" : query.toLowerCase(java.util.Locale.ROOT);
    return cannedResponses.stream()
        .filter(c -> (c.title() + " " + c.text()).toLowerCase(java.util.Locale.ROOT).contains(q))
        .toList();
  }

  @Override
  public List<PartnerAgency> partnerAgencies() {
    calls.add("partnerAgencies");
    return partnerAgencies;
  }

  private <T> T write(Supplier<T> change) {
    if (unreachableNextWrite) {
      unreachableNextWrite = false;
      throw new uk.police.portal.ui.caseapi.control.CaseApiUnavailableException("down", null);
    }
    if (refuseNextWrite != null) {
      String why = refuseNextWrite;
      refuseNextWrite = null;
      throw new CaseApiRefusedException(409, why, List.of());
    }
    return change.get();
  }
}
