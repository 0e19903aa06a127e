package uk.police.portal.ui.citizen.report;

import com.vaadin.cdi.annotation.VaadinSessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ReportDraft;
import uk.police.portal.ui.caseapi.entity.ReportReceipt;

/**
 * One person's report while they write it, shared by the question pages of their session. Every
 * page that is passed is saved to case-api as a draft, so closing the tab (or the browser) loses
 * nothing: the next session picks the draft up.
 *
 * <p>Views reach it through a CDI client proxy, so everything goes through methods: a field read on
 * the proxy would read the proxy's own (shared) copy, not this session's.
 */
@VaadinSessionScoped
public class ReportInProgress implements Serializable {

  private static final Logger LOG = Logger.getLogger(ReportInProgress.class.getName());

  private ReportAnswers answers = new ReportAnswers();

  /** Whether this session has looked for a saved draft yet. */
  private boolean started;

  /** The page to continue from. */
  private Step reached = Step.TYPE_OF_CRIME;

  /** case-api's messages about answers, by field, until the person has been to that page. */
  private final Map<String, String> refusals = new LinkedHashMap<>();

  /** Whether the last save failed, so the page can say so. */
  private boolean draftNotSaved;

  private ReportReceipt receipt;
  private String receiptEmail;

  /** The answers so far; the pages change them in place. */
  ReportAnswers answers() {
    return answers;
  }

  Step reached() {
    return reached;
  }

  boolean draftNotSaved() {
    return draftNotSaved;
  }

  ReportReceipt receipt() {
    return receipt;
  }

  /** Where the confirmation was sent, or null when they asked for no email. */
  String receiptEmail() {
    return receiptEmail;
  }

  /** case-api's (or our own) messages by field, replacing any from before. */
  void refuse(Map<String, String> byField) {
    refusals.clear();
    refusals.putAll(byField);
  }

  /** A page opened directly (a bookmark, a reload) still shows the answers saved before. */
  void ensureStarted(CaseApiClient caseApi) {
    if (started) {
      return;
    }
    started = true;
    savedDraft(caseApi).ifPresent(this::resume);
  }

  Optional<ReportDraft> savedDraft(CaseApiClient caseApi) {
    try {
      return caseApi.draft();
    } catch (CaseApiUnavailableException | CaseApiRefusedException e) {
      LOG.warning(() -> "No draft could be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  void resume(ReportDraft draft) {
    reached = Step.ofSlug(draft.step()).orElse(Step.TYPE_OF_CRIME);
    answers = ReportAnswers.from(draft.form(), reached);
    refusals.clear();
    started = true;
  }

  void startAgain(CaseApiClient caseApi) {
    answers = new ReportAnswers();
    reached = Step.TYPE_OF_CRIME;
    refusals.clear();
    receipt = null;
    started = true;
    try {
      caseApi.discardDraft();
    } catch (CaseApiUnavailableException | CaseApiRefusedException e) {
      LOG.warning(() -> "The old draft could not be discarded: " + e.getMessage());
    }
  }

  /** Saves the answers and the page to come back to; a failure is remembered, never thrown. */
  void save(CaseApiClient caseApi, Step next) {
    reached = next;
    try {
      caseApi.saveDraft(new ReportDraft(next.slug, answers.toForm(), null));
      draftNotSaved = false;
    } catch (CaseApiUnavailableException | CaseApiRefusedException e) {
      LOG.warning(() -> "The draft could not be saved: " + e.getMessage());
      draftNotSaved = true;
    }
  }

  void sent(ReportReceipt sentReceipt) {
    receipt = sentReceipt;
    receiptEmail = answers.byEmail ? answers.email : null;
    answers = new ReportAnswers();
    reached = Step.TYPE_OF_CRIME;
    refusals.clear();
  }

  /** The messages for the fields a page asks for, taken off the list as they are shown. */
  Map<String, String> takeRefusals(Step step) {
    Map<String, String> mine = new LinkedHashMap<>();
    refusals
        .entrySet()
        .removeIf(
            e -> {
              if (Step.asking(e.getKey()) == step) {
                mine.put(e.getKey(), e.getValue());
                return true;
              }
              return false;
            });
    return mine;
  }
}
