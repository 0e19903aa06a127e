package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.evidence.entity.CaseQuotaExceededException;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;
import uk.police.portal.api.evidence.entity.NewUpload;
import uk.police.portal.api.evidence.entity.UploadSlot;
import uk.police.portal.api.evidence.entity.UploadSlotView;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.platform.entity.FieldError;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.evidencestore.intake.entity.AcceptedEvidence;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.intake.entity.SizeInWords;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.PresignedUpload;

/**
 * Slots for files sent straight to object storage: opened with a size that must fit the largest
 * file we take and what is left of the case's quota, completed once by whoever opened them, before
 * the store's sweeper may remove what was sent ({@link ObjectStore#DEFAULT_INCOMING_MAX_AGE} after
 * opening). Kept as rows, not signed tokens, so that "already completed", "refused" and "expired"
 * are each told apart, and two completions racing each other are settled by the row lock.
 */
@ApplicationScoped
public class UploadSlots {

  public static final String NOT_FOUND =
      "We cannot find that upload on this case. Check the address, or start a new upload.";

  /** Slots nobody completed are kept this long past their deadline, to say "expired". */
  static final Duration KEPT_AFTER_DEADLINE = Duration.ofDays(1);

  @Inject PortalDatabase database;
  @Inject Clock clock;
  @Inject ObjectStore store;
  @Inject EvidenceSettings settings;
  @Inject EvidenceItems items;

  /**
   * @throws UploadRefusedException the declared size is more than any file may be
   * @throws CaseQuotaExceededException it would take the case past its quota
   */
  @Transactional
  public UploadSlotView open(CaseFile file, NewUpload upload, JsonWebToken caller) {
    long size = declaredSize(upload);
    long largest = settings.largestFileBytes();
    if (size > largest) {
      throw new UploadRefusedException(
          UploadRefusedException.Reason.TOO_LARGE,
          "This file is larger than %s, the most we can accept for one file. Nothing was saved. Please ask the officer dealing with the case how to send it."
              .formatted(SizeInWords.of(largest)),
          "declared %d bytes, the largest file taken is %d".formatted(size, largest));
    }
    long quota = settings.caseQuotaBytes();
    long used = items.bytesOf(file);
    if (used + size > quota) {
      throw used >= quota
          ? CaseQuotaExceededException.full(quota)
          : CaseQuotaExceededException.wouldPass(quota, used);
    }
    PresignedUpload presigned = store.presignUpload(size, settings.uploadUrlLifetime());
    OffsetDateTime now = OffsetDateTime.now(clock);
    UploadSlot slot =
        UploadSlot.open(
            file,
            OriginalName.clean(upload.name()),
            presigned,
            caller.getSubject(),
            now,
            now.plus(ObjectStore.DEFAULT_INCOMING_MAX_AGE));
    database.entityManager().persist(slot);
    return new UploadSlotView(
        slot.id(),
        presigned.url(),
        presigned.method(),
        presigned.headers(),
        slot.urlExpiresAt(),
        slot.completeBy(),
        size,
        size,
        "/api/cases/" + file.reference() + "/evidence/uploads/" + slot.id());
  }

  /**
   * The open slot this caller may complete now. Someone else's slot is not found, like one that
   * does not exist; a completed, refused or expired one is refused in words that say which. An
   * expired slot's file is removed (the sweeper would anyway).
   */
  @Transactional
  public UploadSlot toComplete(CaseFile file, String id, JsonWebToken caller) {
    UploadSlot slot = find(file, id, caller);
    switch (slot.state()) {
      case COMPLETED ->
          throw new ConflictException(
              "This upload has already been completed: it is file %d on the case. Nothing more was saved."
                  .formatted(slot.evidenceItemId()));
      case REFUSED ->
          throw new ConflictException(
              "This upload was refused and its file removed. Nothing was saved. Start a new upload"
                  + " to send the file again.");
      case OPEN -> {}
    }
    if (slot.expiredAt(OffsetDateTime.now(clock))) {
      throw new ClientErrorException(
          "This upload had to be completed by %s and has expired. Nothing was saved. Start a new upload to send the file again."
              .formatted(slot.completeBy()),
          Status.GONE);
    }
    return slot;
  }

  /**
   * Records the file as evidence and the slot as completed, in one transaction that holds the
   * slot's row: of two completions racing each other, only one records anything.
   *
   * @throws ConflictException the slot was completed meanwhile; the caller removes the object
   */
  @Transactional
  public EvidenceReceipt completed(
      String id, String reference, AcceptedEvidence accepted, JsonWebToken caller, long quota) {
    EntityManager em = database.entityManager();
    UploadSlot slot = em.find(UploadSlot.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (slot.state() != UploadSlot.State.OPEN) {
      throw new ConflictException(
          "This upload has already been completed. Nothing more was saved.");
    }
    EvidenceReceipt receipt = items.record(reference, accepted, caller, quota);
    slot.completedAs(receipt.id());
    return receipt;
  }

  /** The slot cannot be completed any more; its file has been removed. */
  @Transactional
  public void refused(String id) {
    UploadSlot slot =
        database.entityManager().find(UploadSlot.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (slot != null && slot.state() == UploadSlot.State.OPEN) slot.refused();
  }

  @Transactional
  public UploadSlot.State state(String id) {
    return database.entityManager().find(UploadSlot.class, id).state();
  }

  /** Forgets slots nobody completed, a day after their deadline; returns how many. */
  @Transactional
  public int forgetAbandoned() {
    return database
        .entityManager()
        .createNamedQuery(UploadSlot.FORGOTTEN)
        .setParameter("open", UploadSlot.State.OPEN)
        .setParameter("before", OffsetDateTime.now(clock).minus(KEPT_AFTER_DEADLINE))
        .executeUpdate();
  }

  private UploadSlot find(CaseFile file, String id, JsonWebToken caller) {
    UploadSlot slot = id == null ? null : database.entityManager().find(UploadSlot.class, id);
    if (slot == null || !slot.heldBy(file, caller.getSubject())) {
      throw new NotFoundException(NOT_FOUND);
    }
    return slot;
  }

  private static long declaredSize(NewUpload upload) {
    if (upload == null || upload.size() == null || upload.size() < 1) {
      throw new InvalidRequestException(
          "Say how large the file is.",
          List.of(
              new FieldError(
                  "size", "Give the file's exact size in bytes, a whole number above 0.")));
    }
    return upload.size();
  }
}
