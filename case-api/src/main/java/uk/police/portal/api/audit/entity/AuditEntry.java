package uk.police.portal.api.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the audit log. Written once and never changed: there are no setters. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.BY_SUBJECT,
    query =
        "select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id"
            + " order by a.occurredAt desc, a.id desc")
@NamedQuery(
    name = AuditEntry.BY_SUBJECT_WITH_LIST_READS,
    query =
        "select a from AuditEntry a where (a.subjectType = :type and a.subjectId = :id)"
            + " or (a.subjectType = :listType and a.subjectId = :listId"
            + " and a.action = :listRead and a.occurredAt >= :since)"
            + " order by a.occurredAt desc, a.id desc")
@NamedQuery(
    name = AuditEntry.COUNT_BY_SUBJECT_WITH_LIST_READS,
    query =
        "select count(a) from AuditEntry a where (a.subjectType = :type and a.subjectId = :id)"
            + " or (a.subjectType = :listType and a.subjectId = :listId"
            + " and a.action = :listRead and a.occurredAt >= :since)")
@NamedQuery(
    name = AuditEntry.RECENT,
    query = "select a from AuditEntry a order by a.occurredAt desc, a.id desc")
public class AuditEntry {

  public static final String BY_SUBJECT = "AuditEntry.bySubject";
  public static final String RECENT = "AuditEntry.recent";
  public static final String BY_SUBJECT_WITH_LIST_READS = "AuditEntry.bySubjectWithListReads";
  public static final String COUNT_BY_SUBJECT_WITH_LIST_READS =
      "AuditEntry.countBySubjectWithListReads";

  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "actor_roles", nullable = false, updatable = false)
  private String actorRoles;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private String subjectId;

  @Column(nullable = false, updatable = false)
  private String reason;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime occurredAt,
      String actor,
      String actorRoles,
      String action,
      String subjectType,
      String subjectId,
      String reason) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.actorRoles = actorRoles;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.reason = reason;
  }

  public AuditRecord toRecord() {
    return new AuditRecord(
        id, occurredAt, actor, actorRoles, action, subjectType, subjectId, reason);
  }
}
