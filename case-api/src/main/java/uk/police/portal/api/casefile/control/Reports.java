package uk.police.portal.api.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.casefile.entity.ReportDraft;
import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.casefile.entity.ReportReceipt;
import uk.police.portal.api.casefile.entity.SavedDraft;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.InvalidRequestException;

/** A citizen's report: its draft while they answer, then the case it becomes and the receipt. */
@ApplicationScoped
public class Reports {

  static final int DRAFT_LIMIT = 200_000;

  @Inject PortalDatabase database;
  @Inject CaseFiles cases;
  @Inject UpdatePlan plan;
  @Inject Clock clock;
  @Inject Event<ReportConfirmation> confirmations;

  @Transactional
  public ReportReceipt submit(ReportForm form, Person citizen) {
    ReportReceipt receipt = record(form, citizen);
    discardDraft(citizen.subject());
    return receipt;
  }

  /**
   * A checked report becomes a case with its receipt and confirmation, whoever took it down (the
   * citizen online, or a contact handler from a chat); the reporter's draft is left alone.
   */
  @Transactional
  public ReportReceipt record(ReportForm form, Person reporter) {
    ReportCheck.require(form, plan.today());
    CaseFile file = cases.open(form, reporter);
    ReportReceipt receipt =
        new ReportReceipt(
            file.reference(),
            file.reportedAt(),
            whatHappensNext(file, form),
            howToContactUs(file.reference()),
            form.safeEmail().isPresent());
    confirmations.fire(new ReportConfirmation(receipt, form));
    return receipt;
  }

  private List<String> whatHappensNext(CaseFile file, ReportForm form) {
    List<String> next = new ArrayList<>();
    next.add(
        "We will look at your report and tell you by "
            + UpdatePlan.spoken(plan.firstUpdateDue(file))
            + " whether we are investigating it.");
    next.add(contactLine(form.contact()));
    next.add(
        "You can follow your case, read and send messages, and add information in Your cases.");
    return next;
  }

  private static String contactLine(ReportForm.ContactPreferences contact) {
    List<String> ways = new ArrayList<>();
    if (contact.byEmail()) {
      ways.add("email");
    }
    if (contact.byPhone()) {
      ways.add("phone");
    }
    if (contact.byText()) {
      ways.add("text message");
    }
    if (ways.isEmpty()) {
      return "We will only contact you through this website, as you asked.";
    }
    String line = "We will contact you only by " + String.join(" or ", ways);
    line += contact.mayLeaveMessages() ? "." : ", and we will not leave messages.";
    if (contact.codeWord() != null && !contact.codeWord().isBlank()) {
      line += " We will say your code word before we talk about your report.";
    }
    return line;
  }

  static String howToContactUs(String reference) {
    return "Call 101 and quote your reference "
        + reference
        + ", or send a message from your case page. If you are deaf or hard of hearing, use"
        + " textphone 18001 101.";
  }

  @Transactional
  public Optional<ReportDraft> draft(String citizen) {
    return Optional.ofNullable(database.entityManager().find(SavedDraft.class, citizen))
        .map(saved -> new ReportDraft(saved.step(), readDraft(saved), saved.savedAt()));
  }

  /** A draft saved by an older client may not read back; the person starts again, not a 500. */
  private static ReportForm readDraft(SavedDraft saved) {
    try {
      return ReportJson.read(saved.formJson());
    } catch (JsonbException unreadable) {
      return null;
    }
  }

  @Transactional
  public ReportDraft saveDraft(String citizen, ReportDraft draft) {
    if (draft == null || draft.step() == null || draft.step().isBlank() || draft.form() == null) {
      throw new InvalidRequestException("Send the draft as JSON with a step and a form.");
    }
    if (draft.step().length() > 64) {
      throw new InvalidRequestException("step must be 64 characters or fewer.");
    }
    String json = ReportJson.write(draft.form());
    if (json.length() > DRAFT_LIMIT) {
      throw new InvalidRequestException(
          "This draft is too long to save. Shorten the longest answer and try again.");
    }
    EntityManager em = database.entityManager();
    SavedDraft saved = em.find(SavedDraft.class, citizen);
    if (saved == null) {
      saved = new SavedDraft(citizen);
      em.persist(saved);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    saved.replace(draft.step(), json, now);
    return new ReportDraft(draft.step(), draft.form(), now);
  }

  @Transactional
  public void discardDraft(String citizen) {
    EntityManager em = database.entityManager();
    SavedDraft saved = em.find(SavedDraft.class, citizen);
    if (saved != null) {
      em.remove(saved);
    }
  }
}
