package uk.police.portal.ui.citizen.statement;

import com.vaadin.cdi.annotation.VaadinSessionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.police.portal.ui.caseapi.entity.StatementReceipt;

/**
 * One person's witness statement while they write it, shared by the statement pages of their
 * session. Nothing is saved before it is signed: a statement is signed whole or not at all.
 *
 * <p>Views reach it through a CDI client proxy, so everything goes through methods: a field read on
 * the proxy would read the proxy's own (shared) copy, not this session's.
 */
@VaadinSessionScoped
public class StatementInProgress implements Serializable {

  private String reference;
  private StatementAnswers answers = new StatementAnswers();

  /** The statement being corrected and its version; null for a first statement. */
  private Long supersedes;

  private Integer supersededVersion;

  /** case-api's messages about answers, by field, until the person has been to that page. */
  private final Map<String, String> refusals = new LinkedHashMap<>();

  private StatementReceipt signed;

  /** What each statement signed in this session said, by its id, to start a correction from. */
  private final Map<Long, StatementAnswers> signedAnswers = new HashMap<>();

  /** Whether a statement for this case is being written in this session. */
  boolean isWriting(String caseReference) {
    return caseReference.equals(reference);
  }

  /** A first statement, with the name from their account. */
  void start(String caseReference, String fullName) {
    begin(caseReference);
    answers.fullName = fullName;
  }

  /**
   * A new version that corrects an earlier one: its answers again when this session signed it,
   * otherwise the name from their account.
   */
  void startCorrection(String caseReference, long statementId, int version, String fullName) {
    begin(caseReference);
    StatementAnswers earlier = signedAnswers.get(statementId);
    if (earlier != null) {
      answers = earlier.forCorrection();
    } else {
      answers.fullName = fullName;
    }
    supersedes = statementId;
    supersededVersion = version;
  }

  private void begin(String caseReference) {
    reference = caseReference;
    answers = new StatementAnswers();
    supersedes = null;
    supersededVersion = null;
    refusals.clear();
    signed = null;
  }

  /** The answers so far; the pages change them in place. */
  StatementAnswers answers() {
    return answers;
  }

  Long supersedes() {
    return supersedes;
  }

  /** The version being corrected, or null. */
  Integer supersededVersion() {
    return supersededVersion;
  }

  boolean correcting() {
    return supersedes != null;
  }

  /** case-api's messages by field, replacing any from before. */
  void refuse(Map<String, String> byField) {
    refusals.clear();
    refusals.putAll(byField);
  }

  /** The messages for the fields a page asks for, taken off the list as they are shown. */
  Map<String, String> takeRefusals(StatementStep step) {
    Map<String, String> mine = new LinkedHashMap<>();
    refusals
        .entrySet()
        .removeIf(
            e -> {
              if (StatementStep.asking(e.getKey()) == step) {
                mine.put(e.getKey(), e.getValue());
                return true;
              }
              return false;
            });
    return mine;
  }

  /** Signed: kept for the confirmation page and for a correction; the pages start afresh. */
  void signed(StatementReceipt receipt) {
    signedAnswers.put(receipt.id(), answers);
    signed = receipt;
    answers = new StatementAnswers();
    refusals.clear();
    reference = null;
  }

  /** The statement signed last in this session, or null. */
  StatementReceipt receipt() {
    return signed;
  }

  /** The version the signed statement corrects, or null. */
  Integer signedCorrects() {
    return signed != null && signed.supersedes() != null ? supersededVersion : null;
  }
}
