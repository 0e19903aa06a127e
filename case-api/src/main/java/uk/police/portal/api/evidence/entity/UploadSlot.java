package uk.police.portal.api.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.storage.entity.PresignedUpload;

/**
 * One file an API client may send straight to object storage through a presigned URL, and then ask
 * us to take as evidence. It can be completed once, by the person who opened it, before its
 * deadline; a refused one cannot be tried again (the client opens a new one).
 */
@Entity
@Table(name = "evidence_upload_slot")
@NamedQuery(
    name = UploadSlot.FORGOTTEN,
    query = "delete from UploadSlot s where s.state = :open and s.completeBy < :before")
public class UploadSlot {

  public static final String FORGOTTEN = "UploadSlot.forgotten";

  /** What happened to the slot; an OPEN one past its deadline is expired. */
  public enum State {
    OPEN,
    COMPLETED,
    REFUSED
  }

  @Id private String id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "staging_key", nullable = false, updatable = false)
  private String stagingKey;

  @Column(name = "original_name", nullable = false, updatable = false)
  private String originalName;

  @Column(name = "declared_size", nullable = false, updatable = false)
  private long declaredSize;

  @Column(name = "opened_by_subject", nullable = false, updatable = false)
  private String openedBySubject;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  @Column(name = "url_expires_at", nullable = false, updatable = false)
  private OffsetDateTime urlExpiresAt;

  @Column(name = "complete_by", nullable = false, updatable = false)
  private OffsetDateTime completeBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "evidence_item_id")
  private Long evidenceItemId;

  protected UploadSlot() {}

  /**
   * @param completeBy when the sent file must have been completed; after that the store's sweeper
   *     may already have removed it
   */
  public static UploadSlot open(
      CaseFile file,
      OriginalName name,
      PresignedUpload upload,
      String subject,
      OffsetDateTime now,
      OffsetDateTime completeBy) {
    UploadSlot slot = new UploadSlot();
    slot.id = UUID.randomUUID().toString();
    slot.caseId = file.id();
    slot.stagingKey = upload.key();
    slot.originalName = name.value();
    slot.declaredSize = upload.size();
    slot.openedBySubject = subject;
    slot.openedAt = now;
    slot.urlExpiresAt = OffsetDateTime.ofInstant(upload.expiresAt(), now.getOffset());
    slot.completeBy = completeBy;
    slot.state = State.OPEN;
    return slot;
  }

  /** Only the person who opened it, on the case it was opened for, may see or complete it. */
  public boolean heldBy(CaseFile file, String subject) {
    return caseId.equals(file.id()) && openedBySubject.equals(subject);
  }

  public boolean expiredAt(OffsetDateTime now) {
    return state == State.OPEN && now.isAfter(completeBy);
  }

  public void completedAs(long evidenceItemId) {
    requireOpen();
    state = State.COMPLETED;
    this.evidenceItemId = evidenceItemId;
  }

  public void refused() {
    requireOpen();
    state = State.REFUSED;
  }

  private void requireOpen() {
    if (state != State.OPEN) {
      throw new IllegalStateException("Upload slot " + id + " is " + state + ", not OPEN");
    }
  }

  public String id() {
    return id;
  }

  public String stagingKey() {
    return stagingKey;
  }

  public String originalName() {
    return originalName;
  }

  public long declaredSize() {
    return declaredSize;
  }

  public State state() {
    return state;
  }

  public Long evidenceItemId() {
    return evidenceItemId;
  }

  public OffsetDateTime urlExpiresAt() {
    return urlExpiresAt;
  }

  public OffsetDateTime completeBy() {
    return completeBy;
  }
}
