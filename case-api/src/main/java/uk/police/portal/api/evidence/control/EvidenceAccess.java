package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.audit.control.AuditLog;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.control.CaseFiles;
import uk.police.portal.api.casefile.control.StaffDirectory;
import uk.police.portal.api.casefile.control.StaffReason;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.evidence.entity.ByteRange;
import uk.police.portal.api.evidence.entity.EvidenceItem;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.platform.entity.RefusedException;

/**
 * Who may add, list and download a case's evidence (case-api/README.md has the table). The case
 * rules come from casefile's {@link CaseAccess}: a citizen asking about a case that is not theirs
 * hears what they would hear for one that does not exist. A citizen sees only the files they added
 * themselves, never what officers added. Every staff read is audited with the reason given, in the
 * case's audit log (Data Protection Act 2018 s.62), and committed before any byte is sent.
 */
@ApplicationScoped
public class EvidenceAccess {

  public static final String ITEM_NOT_FOUND =
      "We cannot find that file on this case. Check the link and try again.";

  static final String CASE = "case";

  /** The audit subject type of one evidence item; its id is the item's. */
  public static final String ITEM = "evidence";

  static final String OWN_FILE = "the citizen's own file";

  @Inject CaseFiles cases;
  @Inject EvidenceItems items;
  @Inject StaffDirectory staff;
  @Inject AuditLog audit;

  /**
   * The case this caller may add a file to: their own, or one they work (the officer in charge, or
   * any case for a supervisor). Checked before a byte of the file is read.
   */
  @Transactional
  public CaseFile toAddTo(String reference, JsonWebToken caller) {
    CaseAccess access = new CaseAccess(caller);
    CaseFile file = cases.find(reference);
    if (access.staff()) {
      staff.seen(caller, access.person());
      access.requireWork(file);
    } else {
      access.requireRead(file);
    }
    if (file.closed()) {
      throw new ConflictException(
          "This case is closed, so no more files can be added to it. Nothing was saved."
              + " Send a message instead.");
    }
    return file;
  }

  /** The case whose evidence list the caller may read; a staff read is audited. */
  @Transactional
  public CaseFile toList(String reference, String reason, JsonWebToken caller) {
    CaseAccess access = new CaseAccess(caller);
    if (access.staff()) {
      String why = StaffReason.require(reason);
      staff.seen(caller, access.person());
      CaseFile file = cases.find(reference);
      audit.record(caller, "READ_EVIDENCE", CASE, file.reference(), why);
      return file;
    }
    return ownCase(reference, caller, access);
  }

  /**
   * The item whose bytes the caller may download: a citizen only what they added to their own case;
   * staff anything on the case, with a reason, audited as DOWNLOAD_EVIDENCE.
   */
  @Transactional
  public EvidenceItem toDownload(String reference, String id, String reason, JsonWebToken caller) {
    return toRead(reference, id, reason, caller, "DOWNLOAD_EVIDENCE", null);
  }

  /**
   * As {@link #toDownload}, with the {@code Range} header the client sent: a single range of the
   * file (a video player seeking) is audited as DOWNLOAD_EVIDENCE_PART with the range, one entry
   * per request; anything else as a whole download.
   *
   * @throws ClientErrorException 416, the range starts beyond the file's end
   */
  @Transactional
  public EvidenceItem toDownload(
      String reference, String id, String reason, JsonWebToken caller, String range) {
    return toRead(reference, id, reason, caller, "DOWNLOAD_EVIDENCE", range);
  }

  /** As {@link #toDownload}, for a picture's thumbnail: audited as PREVIEW_EVIDENCE. */
  @Transactional
  public EvidenceItem toPreview(String reference, String id, String reason, JsonWebToken caller) {
    return toRead(reference, id, reason, caller, "PREVIEW_EVIDENCE", null);
  }

  /**
   * The item whose audit trail an officer may read (investigators and supervisors: the resource
   * admits no one else), with a reason; the read is itself audited.
   */
  @Transactional
  public EvidenceItem toAuditTrail(
      String reference, String id, String reason, JsonWebToken caller) {
    return toRead(reference, id, reason, caller, "READ_EVIDENCE_AUDIT", null);
  }

  /**
   * Each read is written twice: to the case's audit log (what a supervisor reviews for the case)
   * and to the item's own trail. A citizen's reads of their own files go to the item's trail only.
   */
  private EvidenceItem toRead(
      String reference,
      String id,
      String reason,
      JsonWebToken caller,
      String action,
      String range) {
    CaseAccess access = new CaseAccess(caller);
    if (access.staff()) {
      String why = StaffReason.require(reason);
      staff.seen(caller, access.person());
      CaseFile file = cases.find(reference);
      EvidenceItem item = item(file, id);
      Optional<ByteRange> part = part(item, range);
      if (part.isPresent()) action += "_PART";
      String detail = part.map(p -> ", " + p).orElse("");
      audit.record(
          caller, action, CASE, file.reference(), why + " (evidence " + item.id() + detail + ")");
      audit.record(caller, action, ITEM, String.valueOf(item.id()), why + detail);
      return item;
    }
    CaseFile file = ownCase(reference, caller, access);
    EvidenceItem item = item(file, id);
    if (!item.uploadedBy(caller.getSubject())) {
      throw new NotFoundException(ITEM_NOT_FOUND);
    }
    Optional<ByteRange> part = part(item, range);
    audit.record(
        caller,
        part.isPresent() ? action + "_PART" : action,
        ITEM,
        String.valueOf(item.id()),
        OWN_FILE + part.map(p -> ", " + p).orElse(""));
    return item;
  }

  private CaseFile ownCase(String reference, JsonWebToken caller, CaseAccess access) {
    if (!access.citizen()) {
      throw new RefusedException(
          "Your account does not have permission for this. Nothing was changed.");
    }
    CaseFile file = cases.find(reference);
    access.requireRead(file);
    return file;
  }

  private EvidenceItem item(CaseFile file, String id) {
    return parse(id)
        .flatMap(number -> items.find(file, number))
        .orElseThrow(() -> new NotFoundException(ITEM_NOT_FOUND));
  }

  private static Optional<ByteRange> part(EvidenceItem item, String range) {
    try {
      return ByteRange.parse(range, item.size());
    } catch (IllegalArgumentException beyond) {
      throw new ClientErrorException(
          "That part of the file does not exist: it has " + item.size() + " bytes.", 416);
    }
  }

  private static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
