package uk.police.portal.api.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.audit.entity.AuditEntry;
import uk.police.portal.api.audit.entity.AuditRecord;
import uk.police.portal.api.audit.entity.ListedSubject;
import uk.police.portal.api.platform.control.PortalDatabase;

/** Writes and reads the audit log, in the caller's transaction (or a new one). */
@ApplicationScoped
public class AuditLog {

  @Inject PortalDatabase database;
  @Inject Clock clock;

  @Transactional
  public void record(
      JsonWebToken who, String action, String subjectType, String subjectId, String reason) {
    String roles = String.join(",", who.getGroups().stream().sorted().toList());
    database
        .entityManager()
        .persist(
            new AuditEntry(
                OffsetDateTime.now(clock),
                who.getName(),
                roles,
                action,
                subjectType,
                subjectId,
                reason));
  }

  @Transactional
  public List<AuditRecord> recent(int first, int max) {
    return database
        .entityManager()
        .createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(AuditEntry::toRecord)
        .toList();
  }

  @Transactional
  public List<AuditRecord> about(String subjectType, String subjectId, int first, int max) {
    return database
        .entityManager()
        .createNamedQuery(AuditEntry.BY_SUBJECT, AuditEntry.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(AuditEntry::toRecord)
        .toList();
  }

  /**
   * Everything about one thing, such as an evidence item, with the reads since {@code since} of the
   * list it appears in (its case's evidence list), which may have shown it. Newest first.
   */
  @Transactional
  public List<AuditRecord> aboutWithListReads(ListedSubject subject, int first, int max) {
    return subject
        .bind(
            database
                .entityManager()
                .createNamedQuery(AuditEntry.BY_SUBJECT_WITH_LIST_READS, AuditEntry.class))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(AuditEntry::toRecord)
        .toList();
  }

  @Transactional
  public long countAboutWithListReads(ListedSubject subject) {
    return subject
        .bind(
            database
                .entityManager()
                .createNamedQuery(AuditEntry.COUNT_BY_SUBJECT_WITH_LIST_READS, Long.class))
        .getSingleResult();
  }
}
