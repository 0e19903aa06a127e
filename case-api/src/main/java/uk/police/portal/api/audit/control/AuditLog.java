package uk.police.portal.api.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.audit.entity.AuditEntry;
import uk.police.portal.api.audit.entity.AuditRecord;

/** Writes and reads the audit log. A write joins the caller's transaction, or starts one. */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public void record(
      JsonWebToken who, String action, String subjectType, String subjectId, String reason) {
    String roles = String.join(",", who.getGroups().stream().sorted().toList());
    em.persist(
        new AuditEntry(
            OffsetDateTime.now(clock),
            who.getName(),
            roles,
            action,
            subjectType,
            subjectId,
            reason));
  }

  public List<AuditRecord> recent(int first, int max) {
    return em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(AuditEntry::toRecord)
        .toList();
  }

  public List<AuditRecord> about(String subjectType, String subjectId, int first, int max) {
    return em.createNamedQuery(AuditEntry.BY_SUBJECT, AuditEntry.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(AuditEntry::toRecord)
        .toList();
  }
}
