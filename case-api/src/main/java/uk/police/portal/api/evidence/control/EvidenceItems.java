package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.audit.control.AuditLog;
import uk.police.portal.api.audit.entity.AuditRecord;
import uk.police.portal.api.audit.entity.ListedSubject;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.control.CaseFiles;
import uk.police.portal.api.casefile.control.Casework;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.EventType;
import uk.police.portal.api.casefile.entity.Listing;
import uk.police.portal.api.casefile.entity.NewEvent;
import uk.police.portal.api.evidence.entity.CaseQuotaExceededException;
import uk.police.portal.api.evidence.entity.EvidenceItem;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;
import uk.police.portal.api.evidence.entity.EvidenceView;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.Page;
import uk.police.portal.evidencestore.intake.entity.AcceptedEvidence;

/** Evidence records in the database: recording a stored file, listing and finding them. */
@ApplicationScoped
public class EvidenceItems {

  @Inject PortalDatabase database;
  @Inject Clock clock;
  @Inject CaseFiles cases;
  @Inject Casework casework;
  @Inject AuditLog audit;
  @Inject Event<EvidenceReceived> received;

  /**
   * Records a file that evidence-store has stored, with an entry on the case's timeline: "You added
   * information" for the citizen, an internal note for staff. The case row is locked while the
   * quota is checked again, so two uploads racing each other cannot both pass it.
   *
   * @throws CaseQuotaExceededException the file takes the case past {@code quota} bytes
   */
  @Transactional
  public EvidenceReceipt record(
      String reference, AcceptedEvidence accepted, JsonWebToken caller, long quota) {
    EntityManager em = database.entityManager();
    CaseFile file = cases.find(reference);
    em.lock(file, LockModeType.PESSIMISTIC_WRITE);
    long used = bytesOf(file);
    if (used + accepted.stored().size() > quota) {
      throw CaseQuotaExceededException.wouldPass(quota, used);
    }
    CaseAccess access = new CaseAccess(caller);
    EvidenceItem item =
        EvidenceItem.received(file, accepted, access.person(), OffsetDateTime.now(clock));
    em.persist(item);
    casework.add(file, timelineEntry(item, access), access);
    EvidenceReceipt receipt = item.toReceipt(file.reference());
    String itemId = String.valueOf(item.id());
    if (access.staff()) {
      audit.record(
          caller,
          "ADD_EVIDENCE",
          EvidenceAccess.CASE,
          file.reference(),
          "casework (evidence " + item.id() + ")");
      audit.record(caller, "ADD_EVIDENCE", EvidenceAccess.ITEM, itemId, "casework");
    } else {
      audit.record(caller, "ADD_EVIDENCE", EvidenceAccess.ITEM, itemId, EvidenceAccess.OWN_FILE);
      received.fire(new EvidenceReceived(receipt, file.reportJson()));
    }
    return receipt;
  }

  /** Citizens add information the victim sees; an officer's file is an internal note. */
  private static NewEvent timelineEntry(EvidenceItem item, CaseAccess access) {
    EventType type = access.citizen() ? EventType.INFORMATION_ADDED : EventType.NOTE;
    return new NewEvent(type, "Evidence added: " + item.originalName(), null, null, null);
  }

  @Transactional
  public long bytesOf(CaseFile file) {
    // SUM is null over no rows, and its Java type differs between databases.
    Object sum =
        database
            .entityManager()
            .createNamedQuery(EvidenceItem.BYTES_OF_CASE)
            .setParameter("case", file.id())
            .getSingleResult();
    return sum == null ? 0 : ((Number) sum).longValue();
  }

  /**
   * Which of these object keys an evidence record refers to (witness statements' PDFs included).
   */
  @Transactional
  public Set<String> recordedAmong(Collection<String> objectKeys) {
    if (objectKeys.isEmpty()) return Set.of();
    return new HashSet<>(
        database
            .entityManager()
            .createNamedQuery(EvidenceItem.RECORDED_KEYS, String.class)
            .setParameter("keys", List.copyOf(objectKeys))
            .getResultList());
  }

  /** Newest first; with {@code onlyBy} set, only the files that person added. */
  @Transactional
  public Listing<EvidenceView> of(CaseFile file, String onlyBy, Page page) {
    EntityManager em = database.entityManager();
    TypedQuery<EvidenceItem> items =
        em.createNamedQuery(
                onlyBy == null ? EvidenceItem.OF_CASE : EvidenceItem.OF_CASE_BY, EvidenceItem.class)
            .setParameter("case", file.id());
    TypedQuery<Long> count =
        em.createNamedQuery(
                onlyBy == null ? EvidenceItem.COUNT_OF_CASE : EvidenceItem.COUNT_OF_CASE_BY,
                Long.class)
            .setParameter("case", file.id());
    if (onlyBy != null) {
      items.setParameter("by", onlyBy);
      count.setParameter("by", onlyBy);
    }
    List<EvidenceView> found =
        items
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultStream()
            .map(EvidenceItem::toView)
            .toList();
    return new Listing<>(found, page.number(), page.size(), count.getSingleResult());
  }

  @Transactional
  public Optional<EvidenceItem> find(CaseFile file, long id) {
    return Optional.ofNullable(database.entityManager().find(EvidenceItem.class, id))
        .filter(item -> item.belongsTo(file));
  }

  /**
   * Everything done with one item, newest first: who added it, each download and preview, and each
   * read of the case's evidence list since it was added (which may have shown it).
   */
  @Transactional
  public Listing<AuditRecord> trail(EvidenceItem item, String reference, Page page) {
    ListedSubject subject =
        new ListedSubject(
            EvidenceAccess.ITEM,
            String.valueOf(item.id()),
            EvidenceAccess.CASE,
            cases.find(reference).reference(),
            "READ_EVIDENCE",
            item.uploadedAt());
    return new Listing<>(
        audit.aboutWithListReads(subject, page.first(), page.size()),
        page.number(),
        page.size(),
        audit.countAboutWithListReads(subject));
  }
}
