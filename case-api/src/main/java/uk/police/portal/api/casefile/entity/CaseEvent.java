package uk.police.portal.api.casefile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of a case's timeline. Written once: a correction is a new entry. */
@Entity
@Table(name = "case_event")
@NamedQuery(
    name = CaseEvent.OF_CASE,
    query =
        "select e from CaseEvent e where e.caseId = :case order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = CaseEvent.COUNT_OF_CASE,
    query = "select count(e) from CaseEvent e where e.caseId = :case")
@NamedQuery(
    name = CaseEvent.VISIBLE_OF_CASE,
    query =
        "select e from CaseEvent e where e.caseId = :case and e.visibleToVictim = true"
            + " order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = CaseEvent.COUNT_VISIBLE_OF_CASE,
    query = "select count(e) from CaseEvent e where e.caseId = :case and e.visibleToVictim = true")
public class CaseEvent {

  public static final String OF_CASE = "CaseEvent.ofCase";
  public static final String COUNT_OF_CASE = "CaseEvent.countOfCase";
  public static final String VISIBLE_OF_CASE = "CaseEvent.visibleOfCase";
  public static final String COUNT_VISIBLE_OF_CASE = "CaseEvent.countVisibleOfCase";

  @Id
  @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EventType type;

  @Column(name = "visible_to_victim", nullable = false, updatable = false)
  private boolean visibleToVictim;

  @Column(name = "author_subject", nullable = false, updatable = false)
  private String authorSubject;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(updatable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "key_event", updatable = false)
  private KeyEvent keyEvent;

  @Column(name = "outcome_code", updatable = false)
  private String outcomeCode;

  protected CaseEvent() {}

  private CaseEvent(CaseFile file, OffsetDateTime at, EventType type, Person author, String text) {
    this.caseId = file.id();
    this.occurredAt = at;
    this.type = type;
    this.visibleToVictim = type.visibleToVictim();
    this.authorSubject = author.subject();
    this.authorName = author.name();
    this.text = text;
  }

  public static CaseEvent of(
      CaseFile file, OffsetDateTime at, EventType type, Person author, String text) {
    return new CaseEvent(file, at, type, author, text);
  }

  public static CaseEvent statusChange(
      CaseFile file, OffsetDateTime at, Person author, CaseStatus status, String text) {
    CaseEvent event = new CaseEvent(file, at, EventType.STATUS_CHANGED, author, text);
    event.status = status;
    return event;
  }

  public static CaseEvent keyEvent(
      CaseFile file, OffsetDateTime at, Person author, KeyEvent key, String text) {
    CaseEvent event = new CaseEvent(file, at, EventType.KEY_EVENT, author, text);
    event.keyEvent = key;
    return event;
  }

  public static CaseEvent outcome(
      CaseFile file, OffsetDateTime at, Person author, CrimeOutcome outcome, String text) {
    CaseEvent event = new CaseEvent(file, at, EventType.OUTCOME, author, text);
    event.outcomeCode = outcome.code();
    return event;
  }

  /** As the victim sees it: police staff are "the police" unless they signed the entry. */
  public TimelineEntry toEntry() {
    return new TimelineEntry(
        id, occurredAt, type, title(), shownText(), visibleToVictim, authorName);
  }

  private String title() {
    if (type == EventType.STATUS_CHANGED && status != null) {
      return "Status: " + status.label();
    }
    if (type == EventType.KEY_EVENT && keyEvent != null) {
      return keyEvent.description();
    }
    return type.title();
  }

  private String shownText() {
    if (type == EventType.OUTCOME && outcomeCode != null) {
      String plain = CrimeOutcome.ofCode(outcomeCode).map(CrimeOutcome::forVictim).orElse("");
      return text == null || text.isBlank() ? plain : plain + "\n\n" + text;
    }
    if (type == EventType.STATUS_CHANGED && status != null && (text == null || text.isBlank())) {
      return status.forVictim();
    }
    return text;
  }
}
