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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A reported crime, from its reference number to its outcome. It guards its own rules: a closed
 * case takes no more updates, an outcome is recorded once, and only a named officer works it.
 */
@Entity
@Table(name = "case_file")
@NamedQuery(
    name = CaseFile.BY_REFERENCE,
    query = "select c from CaseFile c where c.reference = :reference")
@NamedQuery(
    name = CaseFile.OF_CITIZEN,
    query =
        "select c from CaseFile c where c.citizenSubject = :citizen"
            + " order by c.reportedAt desc, c.id desc")
@NamedQuery(
    name = CaseFile.COUNT_OF_CITIZEN,
    query = "select count(c) from CaseFile c where c.citizenSubject = :citizen")
@NamedQuery(
    name = CaseFile.OF_OFFICER,
    query =
        "select c from CaseFile c where c.officerSubject = :officer and c.status <> :closed"
            + " order by c.updateDueOn asc nulls last, c.reportedAt asc")
@NamedQuery(
    name = CaseFile.COUNT_OF_OFFICER,
    query =
        "select count(c) from CaseFile c where c.officerSubject = :officer and c.status <> :closed")
@NamedQuery(
    name = CaseFile.UNASSIGNED,
    query =
        "select c from CaseFile c where c.officerSubject is null and c.status <> :closed"
            + " order by c.victimRights desc, c.reportedAt asc")
@NamedQuery(
    name = CaseFile.COUNT_UNASSIGNED,
    query =
        "select count(c) from CaseFile c where c.officerSubject is null and c.status <> :closed")
@NamedQuery(
    name = CaseFile.OPEN,
    query =
        "select c from CaseFile c where c.status <> :closed"
            + " order by c.updateDueOn asc nulls last, c.reportedAt asc")
@NamedQuery(
    name = CaseFile.COUNT_OPEN,
    query = "select count(c) from CaseFile c where c.status <> :closed")
@NamedQuery(
    name = CaseFile.DUE_BY,
    query =
        "select c from CaseFile c where c.updateDueOn <= :day and c.officerSubject is not null"
            + " and c.status <> :closed and (c.remindedOn is null or c.remindedOn < :today)")
public class CaseFile {

  public static final String BY_REFERENCE = "CaseFile.byReference";
  public static final String OF_CITIZEN = "CaseFile.ofCitizen";
  public static final String COUNT_OF_CITIZEN = "CaseFile.countOfCitizen";
  public static final String OF_OFFICER = "CaseFile.ofOfficer";
  public static final String COUNT_OF_OFFICER = "CaseFile.countOfOfficer";
  public static final String UNASSIGNED = "CaseFile.unassigned";
  public static final String COUNT_UNASSIGNED = "CaseFile.countUnassigned";
  public static final String OPEN = "CaseFile.open";
  public static final String COUNT_OPEN = "CaseFile.countOpen";
  public static final String DUE_BY = "CaseFile.dueBy";

  @Id
  @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(name = "citizen_subject", nullable = false, updatable = false)
  private String citizenSubject;

  @Column(name = "citizen_name", nullable = false, updatable = false)
  private String citizenName;

  @Column(nullable = false, updatable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "victim_rights", nullable = false)
  private VictimRights victimRights;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private OffsetDateTime reportedAt;

  @Column(name = "officer_subject")
  private String officerSubject;

  @Column(name = "officer_username")
  private String officerUsername;

  @Column(name = "officer_name")
  private String officerName;

  @Column(name = "update_due_on")
  private LocalDate updateDueOn;

  @Column(name = "reminded_on")
  private LocalDate remindedOn;

  @Column(name = "outcome_code")
  private String outcomeCode;

  @Column(name = "report_json", nullable = false, updatable = false)
  private String reportJson;

  @Version private long version;

  protected CaseFile() {}

  public CaseFile(
      CaseReference reference,
      Person citizen,
      String category,
      VictimRights rights,
      OffsetDateTime reportedAt,
      String reportJson) {
    this.reference = reference.value();
    this.citizenSubject = citizen.subject();
    this.citizenName = citizen.name();
    this.category = category;
    this.status = CaseStatus.RECEIVED;
    this.victimRights = rights;
    this.reportedAt = reportedAt;
    this.reportJson = reportJson;
  }

  public boolean reportedBy(String subject) {
    return citizenSubject.equals(subject);
  }

  public boolean workedBy(String subject) {
    return subject.equals(officerSubject);
  }

  public boolean assigned() {
    return officerSubject != null;
  }

  public boolean closed() {
    return status == CaseStatus.CLOSED;
  }

  public void assignTo(Person officer) {
    requireOpen();
    this.officerSubject = officer.subject();
    this.officerUsername = officer.username();
    this.officerName = officer.name();
    if (status == CaseStatus.RECEIVED || status == CaseStatus.ASSESSED) {
      status = CaseStatus.INVESTIGATING;
    }
  }

  public void changeStatus(CaseStatus next) {
    requireOpen();
    if (next == CaseStatus.CLOSED) {
      throw new IllegalStateException("A case is closed by recording its outcome.");
    }
    status = next;
  }

  /**
   * Records the Home Office outcome, once, and closes the case; the victim is told in the event.
   */
  public void recordOutcome(CrimeOutcome outcome) {
    requireOpen();
    this.outcomeCode = outcome.code();
    this.status = CaseStatus.CLOSED;
    this.updateDueOn = null;
  }

  /** The victim must be told by this day (a key event started the Victims' Code clock). */
  public void updateDueBy(LocalDate day) {
    if (updateDueOn == null || day.isBefore(updateDueOn)) {
      updateDueOn = day;
    }
  }

  /** The victim has been told: the clock stops until the next key event or routine update. */
  public void victimUpdated(LocalDate nextRoutineUpdate) {
    updateDueOn = closed() ? null : nextRoutineUpdate;
    remindedOn = null;
  }

  /** An officer was reminded today that an update is due. */
  public void reminded(LocalDate today) {
    this.remindedOn = today;
  }

  public void requireOpen() {
    if (closed()) {
      throw new IllegalStateException(
          "This case is closed. Nothing more can be added to it; ask a supervisor to reopen it.");
    }
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public String citizenSubject() {
    return citizenSubject;
  }

  public String citizenName() {
    return citizenName;
  }

  public String category() {
    return category;
  }

  public CaseStatus status() {
    return status;
  }

  public VictimRights victimRights() {
    return victimRights;
  }

  public OffsetDateTime reportedAt() {
    return reportedAt;
  }

  public String officerSubject() {
    return officerSubject;
  }

  public String officerUsername() {
    return officerUsername;
  }

  public String officerName() {
    return officerName;
  }

  public Optional<LocalDate> updateDueOn() {
    return Optional.ofNullable(updateDueOn);
  }

  public Optional<CrimeOutcome> outcome() {
    return outcomeCode == null ? Optional.empty() : CrimeOutcome.ofCode(outcomeCode);
  }

  public String reportJson() {
    return reportJson;
  }
}
