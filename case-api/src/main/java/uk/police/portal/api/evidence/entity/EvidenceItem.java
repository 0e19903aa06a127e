package uk.police.portal.api.evidence.entity;

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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.evidencestore.intake.entity.AcceptedEvidence;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.CaptureMetadata;
import uk.police.portal.evidencestore.intake.entity.EvidenceKind;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.intake.entity.SizeInWords;

/**
 * A file added to a case as evidence: where its bytes are, their SHA-256 taken while they streamed,
 * who added it and when, and what a photo says about itself. Written once and never changed, as the
 * bytes it points to are never changed (ACPO principle 1); there are no setters.
 */
@Entity
@Table(name = "evidence_item")
@NamedQuery(
    name = EvidenceItem.OF_CASE,
    query =
        "select e from EvidenceItem e where e.caseId = :case"
            + " order by e.uploadedAt desc, e.id desc")
@NamedQuery(
    name = EvidenceItem.COUNT_OF_CASE,
    query = "select count(e) from EvidenceItem e where e.caseId = :case")
@NamedQuery(
    name = EvidenceItem.OF_CASE_BY,
    query =
        "select e from EvidenceItem e where e.caseId = :case and e.uploadedBySubject = :by"
            + " order by e.uploadedAt desc, e.id desc")
@NamedQuery(
    name = EvidenceItem.COUNT_OF_CASE_BY,
    query =
        "select count(e) from EvidenceItem e where e.caseId = :case and e.uploadedBySubject = :by")
@NamedQuery(
    name = EvidenceItem.BYTES_OF_CASE,
    query = "select sum(e.size) from EvidenceItem e where e.caseId = :case")
@NamedQuery(
    name = EvidenceItem.RECORDED_KEYS,
    query = "select e.objectKey from EvidenceItem e where e.objectKey in :keys")
public class EvidenceItem {

  public static final String RECORDED_KEYS = "EvidenceItem.recordedKeys";
  public static final String OF_CASE = "EvidenceItem.ofCase";
  public static final String COUNT_OF_CASE = "EvidenceItem.countOfCase";
  public static final String OF_CASE_BY = "EvidenceItem.ofCaseBy";
  public static final String COUNT_OF_CASE_BY = "EvidenceItem.countOfCaseBy";
  public static final String BYTES_OF_CASE = "EvidenceItem.bytesOfCase";

  static final String LOCATION_NOTE =
      "This photo holds the place where it was taken. We keep that with your photo because it"
          + " may help the investigation.";

  @Id
  @SequenceGenerator(
      name = "evidence_item_seq",
      sequenceName = "evidence_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_item_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "object_key", nullable = false, updatable = false)
  private String objectKey;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EvidenceKind kind;

  @Column(name = "original_name", nullable = false, updatable = false)
  private String originalName;

  @Column(name = "uploaded_by_subject", nullable = false, updatable = false)
  private String uploadedBySubject;

  @Column(name = "uploaded_by_name", nullable = false, updatable = false)
  private String uploadedByName;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  @Column(name = "taken_at", updatable = false)
  private LocalDateTime takenAt;

  @Column(name = "taken_at_offset", updatable = false)
  private String takenAtOffset;

  @Column(name = "camera_make", updatable = false)
  private String cameraMake;

  @Column(name = "camera_model", updatable = false)
  private String cameraModel;

  @Column(updatable = false)
  private Double latitude;

  @Column(updatable = false)
  private Double longitude;

  protected EvidenceItem() {}

  private EvidenceItem(
      CaseFile file, AcceptedEvidence accepted, Person uploadedBy, OffsetDateTime at) {
    this.caseId = file.id();
    this.objectKey = accepted.stored().key();
    this.sha256 = accepted.stored().sha256();
    this.size = accepted.stored().size();
    this.mediaType = accepted.type().mediaType();
    this.kind = accepted.type().kind();
    this.originalName = accepted.originalName().value();
    this.uploadedBySubject = uploadedBy.subject();
    this.uploadedByName = uploadedBy.name();
    this.uploadedAt = at;
    CaptureMetadata capture = accepted.capture();
    this.takenAt = capture.takenAt();
    this.takenAtOffset = capture.takenAtOffset() == null ? null : capture.takenAtOffset().getId();
    this.cameraMake = capture.cameraMake();
    this.cameraModel = capture.cameraModel();
    this.latitude = capture.latitude();
    this.longitude = capture.longitude();
  }

  /** The record of a file that evidence-store accepted and stored for this case. */
  public static EvidenceItem received(
      CaseFile file, AcceptedEvidence accepted, Person uploadedBy, OffsetDateTime at) {
    if (file.id() == null) {
      throw new IllegalArgumentException("Evidence belongs to a saved case");
    }
    if (accepted.stored().size() < 1) {
      throw new IllegalArgumentException("An empty file is not evidence");
    }
    return new EvidenceItem(file, accepted, uploadedBy, at);
  }

  public boolean belongsTo(CaseFile file) {
    return caseId.equals(file.id());
  }

  public boolean uploadedBy(String subject) {
    return uploadedBySubject.equals(subject);
  }

  public boolean hasLocation() {
    return latitude != null;
  }

  public EvidenceView toView() {
    return new EvidenceView(
        id,
        originalName,
        size,
        SizeInWords.of(size),
        sha256,
        mediaType,
        typeInWords(),
        kind,
        uploadedAt,
        uploadedByName,
        capture());
  }

  public EvidenceReceipt toReceipt(String caseReference) {
    return new EvidenceReceipt(
        id,
        caseReference,
        originalName,
        size,
        SizeInWords.of(size),
        sha256,
        mediaType,
        typeInWords(),
        uploadedAt,
        hasLocation() ? LOCATION_NOTE : null);
  }

  /**
   * The name to save a download as: the name it came with, given its type's extension when it had
   * none, so the file opens in the right program.
   */
  public String downloadName() {
    if (new OriginalName(originalName).extension().isPresent()) {
      return originalName;
    }
    return AcceptedType.forMediaType(mediaType)
        .map(type -> originalName + "." + type.extension())
        .orElse(originalName);
  }

  private CaptureView capture() {
    boolean none =
        takenAt == null
            && takenAtOffset == null
            && cameraMake == null
            && cameraModel == null
            && latitude == null;
    return none
        ? null
        : new CaptureView(takenAt, takenAtOffset, cameraMake, cameraModel, latitude, longitude);
  }

  private String typeInWords() {
    return AcceptedType.forMediaType(mediaType).map(AcceptedType::inWords).orElse(mediaType);
  }

  public Long id() {
    return id;
  }

  public Long caseId() {
    return caseId;
  }

  public String objectKey() {
    return objectKey;
  }

  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  public String mediaType() {
    return mediaType;
  }

  public EvidenceKind kind() {
    return kind;
  }

  public String originalName() {
    return originalName;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }

  /** The camera clock's offset, when it recorded one. */
  public ZoneOffset takenAtOffset() {
    return takenAtOffset == null ? null : ZoneOffset.of(takenAtOffset);
  }
}
