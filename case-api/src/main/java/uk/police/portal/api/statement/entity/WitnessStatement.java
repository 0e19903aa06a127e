package uk.police.portal.api.statement.entity;

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
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;

/**
 * One signed version of a witness's statement on a case. Its words are in the PDF it points to (an
 * evidence item, never changed); this record places it in the witness's chain of versions. Written
 * once, never changed: a correction is a new version that supersedes this one.
 */
@Entity
@Table(name = "witness_statement")
@NamedQuery(
    name = WitnessStatement.OF_CASE,
    query =
        "select s from WitnessStatement s where s.caseId = :case"
            + " order by s.signedAt desc, s.id desc")
@NamedQuery(
    name = WitnessStatement.COUNT_OF_CASE,
    query = "select count(s) from WitnessStatement s where s.caseId = :case")
@NamedQuery(
    name = WitnessStatement.OF_CASE_BY,
    query =
        "select s from WitnessStatement s where s.caseId = :case and s.signedBySubject = :by"
            + " order by s.signedAt desc, s.id desc")
@NamedQuery(
    name = WitnessStatement.COUNT_OF_CASE_BY,
    query =
        "select count(s) from WitnessStatement s where s.caseId = :case"
            + " and s.signedBySubject = :by")
@NamedQuery(
    name = WitnessStatement.LATEST_BY,
    query =
        "select s from WitnessStatement s where s.caseId = :case and s.signedBySubject = :by"
            + " order by s.version desc")
@NamedQuery(
    name = WitnessStatement.CORRECTIONS_OF_CASE,
    query =
        "select s.supersedesId, s.id from WitnessStatement s where s.caseId = :case"
            + " and s.supersedesId is not null")
public class WitnessStatement {

  public static final String OF_CASE = "WitnessStatement.ofCase";
  public static final String COUNT_OF_CASE = "WitnessStatement.countOfCase";
  public static final String OF_CASE_BY = "WitnessStatement.ofCaseBy";
  public static final String COUNT_OF_CASE_BY = "WitnessStatement.countOfCaseBy";
  public static final String LATEST_BY = "WitnessStatement.latestBy";
  public static final String CORRECTIONS_OF_CASE = "WitnessStatement.correctionsOfCase";

  @Id
  @SequenceGenerator(
      name = "witness_statement_seq",
      sequenceName = "witness_statement_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "witness_statement_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "evidence_item_id", nullable = false, updatable = false)
  private Long evidenceItemId;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(name = "supersedes_id", updatable = false)
  private Long supersedesId;

  @Column(name = "correction_reason", updatable = false)
  private String correctionReason;

  @Column(name = "signed_by_subject", nullable = false, updatable = false)
  private String signedBySubject;

  @Column(name = "signed_by_username", nullable = false, updatable = false)
  private String signedByUsername;

  @Column(name = "signed_by_name", nullable = false, updatable = false)
  private String signedByName;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private OffsetDateTime signedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "declaration_version", nullable = false, updatable = false)
  private Declaration declaration;

  @Column(nullable = false, updatable = false)
  private int pages;

  @Column(nullable = false, updatable = false)
  private String sha256;

  protected WitnessStatement() {}

  /**
   * The record of a statement whose PDF has been stored as {@code pdf}.
   *
   * @param earlier the version this corrects: the signer's latest on the same case, or null
   */
  public static WitnessStatement signed(
      CaseFile file,
      SignedStatement statement,
      WitnessStatement earlier,
      Person signer,
      EvidenceReceipt pdf,
      int pages) {
    int expected = earlier == null ? 1 : earlier.version + 1;
    if (statement.version() != expected) {
      throw new IllegalArgumentException(
          "Version " + statement.version() + " signed where version " + expected + " was due");
    }
    if (earlier != null && !(earlier.caseId.equals(file.id()) && earlier.madeBy(signer))) {
      throw new IllegalArgumentException("A statement corrects only its signer's own earlier one");
    }
    WitnessStatement signed = new WitnessStatement();
    signed.caseId = file.id();
    signed.evidenceItemId = pdf.id();
    signed.version = expected;
    signed.supersedesId = earlier == null ? null : earlier.id;
    signed.correctionReason = earlier == null ? null : statement.correctionReason();
    signed.signedBySubject = signer.subject();
    signed.signedByUsername = statement.signedAs();
    signed.signedByName = statement.fullName();
    signed.signedAt = statement.signedAt();
    signed.declaration = statement.declaration();
    signed.pages = pages;
    signed.sha256 = pdf.sha256();
    return signed;
  }

  public boolean madeBy(Person person) {
    return signedBySubject.equals(person.subject());
  }

  public StatementView toView(Long supersededBy) {
    return new StatementView(
        id,
        version,
        supersedesId,
        supersededBy,
        evidenceItemId,
        sha256,
        pages,
        signedByName,
        signedAt,
        correctionReason);
  }

  public StatementReceipt toReceipt(String reference, long size) {
    return new StatementReceipt(
        id,
        reference,
        version,
        supersedesId,
        evidenceItemId,
        sha256,
        size,
        pages,
        signedByName,
        signedAt);
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }
}
