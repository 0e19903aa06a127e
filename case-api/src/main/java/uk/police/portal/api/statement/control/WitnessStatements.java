package uk.police.portal.api.statement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.control.CaseFiles;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.Listing;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.evidence.control.EvidenceItems;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.platform.entity.Page;
import uk.police.portal.api.statement.entity.SignedStatement;
import uk.police.portal.api.statement.entity.StatementReceipt;
import uk.police.portal.api.statement.entity.StatementView;
import uk.police.portal.api.statement.entity.WitnessStatement;
import uk.police.portal.evidencestore.intake.entity.AcceptedEvidence;

/** Witness statements in the database: recording a signed version, finding and listing them. */
@ApplicationScoped
public class WitnessStatements {

  /**
   * A statement is never refused for the case's evidence quota: it is at most a few hundred KB (its
   * account is limited to 20,000 characters), and refusing a witness's signed words because photos
   * filled the case would lose evidence. It still counts towards what the case holds.
   */
  static final long NO_QUOTA = Long.MAX_VALUE;

  @Inject PortalDatabase database;
  @Inject CaseFiles cases;
  @Inject EvidenceItems items;

  /** The witness's latest version on the case, if they have signed one. */
  @Transactional
  public Optional<WitnessStatement> latest(CaseFile file, String subject) {
    return database
        .entityManager()
        .createNamedQuery(WitnessStatement.LATEST_BY, WitnessStatement.class)
        .setParameter("case", file.id())
        .setParameter("by", subject)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Records the stored PDF as evidence and as the next version of the witness's statement. The case
   * row is locked first, so two signatures racing each other cannot both become the same version.
   *
   * @param earlierId the latest version when the PDF was made (it names the version it corrects)
   * @throws ConflictException another version was signed since; the caller removes the PDF
   */
  @Transactional
  public StatementReceipt record(
      CaseFile file,
      SignedStatement statement,
      Long earlierId,
      AcceptedEvidence pdf,
      JsonWebToken caller,
      int pages) {
    EntityManager em = database.entityManager();
    em.lock(cases.find(file.reference()), LockModeType.PESSIMISTIC_WRITE);
    Person witness = new CaseAccess(caller).person();
    WitnessStatement earlier = latest(file, witness.subject()).orElse(null);
    if (!Objects.equals(earlierId, earlier == null ? null : earlier.id())) {
      throw new ConflictException(
          "Another version of your statement was signed a moment ago. Check it, then correct it"
              + " if you need to. Nothing was saved.");
    }
    EvidenceReceipt stored = items.record(file.reference(), pdf, caller, NO_QUOTA);
    WitnessStatement signed =
        WitnessStatement.signed(file, statement, earlier, witness, stored, pages);
    em.persist(signed);
    return signed.toReceipt(file.reference(), stored.size());
  }

  /** Newest first; with {@code onlyBy} set, only that witness's statements. */
  @Transactional
  public Listing<StatementView> of(CaseFile file, String onlyBy, Page page) {
    EntityManager em = database.entityManager();
    TypedQuery<WitnessStatement> found =
        em.createNamedQuery(
                onlyBy == null ? WitnessStatement.OF_CASE : WitnessStatement.OF_CASE_BY,
                WitnessStatement.class)
            .setParameter("case", file.id());
    TypedQuery<Long> count =
        em.createNamedQuery(
                onlyBy == null ? WitnessStatement.COUNT_OF_CASE : WitnessStatement.COUNT_OF_CASE_BY,
                Long.class)
            .setParameter("case", file.id());
    if (onlyBy != null) {
      found.setParameter("by", onlyBy);
      count.setParameter("by", onlyBy);
    }
    Map<Long, Long> correctedBy = corrections(em, file);
    List<StatementView> views =
        found
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultStream()
            .map(s -> s.toView(correctedBy.get(s.id())))
            .toList();
    return new Listing<>(views, page.number(), page.size(), count.getSingleResult());
  }

  /** Each corrected statement's id, with the id of the version that corrects it. */
  private static Map<Long, Long> corrections(EntityManager em, CaseFile file) {
    Map<Long, Long> correctedBy = new HashMap<>();
    em.createNamedQuery(WitnessStatement.CORRECTIONS_OF_CASE, Object[].class)
        .setParameter("case", file.id())
        .getResultList()
        .forEach(row -> correctedBy.put((Long) row[0], (Long) row[1]));
    return correctedBy;
  }
}
