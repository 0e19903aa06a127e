package uk.police.portal.api.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.police.portal.api.casefile.entity.CaseEvent;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.CaseMessage;
import uk.police.portal.api.casefile.entity.CaseMessageView;
import uk.police.portal.api.casefile.entity.CaseReference;
import uk.police.portal.api.casefile.entity.CaseStatus;
import uk.police.portal.api.casefile.entity.EventType;
import uk.police.portal.api.casefile.entity.Listing;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.casefile.entity.TimelineEntry;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.Page;

/** Case files in the database: opening one from a report, finding, listing and their entries. */
@ApplicationScoped
public class CaseFiles {

  @Inject PortalDatabase database;
  @Inject Clock clock;
  @Inject UpdatePlan plan;

  /** A new case from a checked report, with its first timeline entry and update deadline. */
  @Transactional
  public CaseFile open(ReportForm form, Person citizen) {
    EntityManager em = database.entityManager();
    OffsetDateTime now = OffsetDateTime.now(clock);
    CaseFile file =
        new CaseFile(
            unusedReference(em),
            citizen,
            form.category(),
            VictimRightsRule.of(form),
            now,
            ReportJson.write(form));
    file.updateDueBy(plan.firstUpdateDue(file));
    em.persist(file);
    // Timeline entries refer to the case by id, not by a mapped relation, so EclipseLink does not
    // know to insert the case first: write it now.
    em.flush();
    em.persist(
        CaseEvent.of(
            file,
            now,
            EventType.RECEIVED,
            citizen,
            "We received your report. We will tell you by "
                + UpdatePlan.spoken(plan.firstUpdateDue(file))
                + " whether we are investigating it."));
    return file;
  }

  /** Random references rarely collide; the unique constraint is the last word if two ever race. */
  private static CaseReference unusedReference(EntityManager em) {
    while (true) {
      CaseReference candidate = CaseReference.random();
      if (em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
          .setParameter("reference", candidate.value())
          .getResultList()
          .isEmpty()) {
        return candidate;
      }
    }
  }

  /** Not found, not well formed: the same answer, so that nobody can probe. */
  @Transactional
  public CaseFile find(String typed) {
    return CaseReference.parse(typed)
        .flatMap(
            reference ->
                database
                    .entityManager()
                    .createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
                    .setParameter("reference", reference.value())
                    .getResultStream()
                    .findFirst())
        .orElseThrow(() -> new NotFoundException(CaseAccess.NOT_FOUND));
  }

  @Transactional
  public Listing<CaseFile> ofCitizen(String subject, Page page) {
    EntityManager em = database.entityManager();
    List<CaseFile> items =
        em.createNamedQuery(CaseFile.OF_CITIZEN, CaseFile.class)
            .setParameter("citizen", subject)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createNamedQuery(CaseFile.COUNT_OF_CITIZEN, Long.class)
            .setParameter("citizen", subject)
            .getSingleResult();
    return new Listing<>(items, page.number(), page.size(), total);
  }

  /** Open cases for staff: an officer's own (due soonest first), the unassigned, or all. */
  @Transactional
  public Listing<CaseFile> queue(WorkQueueView view, String officer, Page page) {
    EntityManager em = database.entityManager();
    var items =
        em.createNamedQuery(view.query(), CaseFile.class).setParameter("closed", CaseStatus.CLOSED);
    var count =
        em.createNamedQuery(view.countQuery(), Long.class)
            .setParameter("closed", CaseStatus.CLOSED);
    if (view == WorkQueueView.MINE) {
      items.setParameter("officer", officer);
      count.setParameter("officer", officer);
    }
    List<CaseFile> found =
        items.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    return new Listing<>(found, page.number(), page.size(), count.getSingleResult());
  }

  @Transactional
  public Listing<TimelineEntry> timeline(CaseFile file, boolean internalToo, Page page) {
    EntityManager em = database.entityManager();
    String query = internalToo ? CaseEvent.OF_CASE : CaseEvent.VISIBLE_OF_CASE;
    String countQuery = internalToo ? CaseEvent.COUNT_OF_CASE : CaseEvent.COUNT_VISIBLE_OF_CASE;
    List<TimelineEntry> entries =
        em.createNamedQuery(query, CaseEvent.class)
            .setParameter("case", file.id())
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultStream()
            .map(CaseEvent::toEntry)
            .toList();
    long total =
        em.createNamedQuery(countQuery, Long.class)
            .setParameter("case", file.id())
            .getSingleResult();
    return new Listing<>(entries, page.number(), page.size(), total);
  }

  @Transactional
  public Listing<CaseMessageView> messages(CaseFile file, Page page) {
    EntityManager em = database.entityManager();
    List<CaseMessageView> found =
        em.createNamedQuery(CaseMessage.OF_CASE, CaseMessage.class)
            .setParameter("case", file.id())
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultStream()
            .map(CaseMessage::toView)
            .toList();
    long total =
        em.createNamedQuery(CaseMessage.COUNT_OF_CASE, Long.class)
            .setParameter("case", file.id())
            .getSingleResult();
    return new Listing<>(found, page.number(), page.size(), total);
  }
}
