package uk.police.portal.api.evidence.entity;

import java.lang.reflect.Field;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.CaseReference;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.casefile.entity.VictimRights;
import uk.police.portal.evidencestore.intake.entity.AcceptedEvidence;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.CaptureMetadata;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.storage.entity.StoredObject;

/** Evidence items as unit tests need them, on a case that looks saved (it has an id). */
public final class SampleItems {

  public static final Person ALICE = new Person("s-alice", "alice", "Alice Ashworth");
  public static final OffsetDateTime RECEIVED =
      OffsetDateTime.of(2026, 7, 1, 12, 30, 5, 0, ZoneOffset.UTC);
  public static final CaptureMetadata PHONE_PHOTO =
      new CaptureMetadata(
          LocalDateTime.of(2026, 3, 5, 21, 14, 9),
          ZoneOffset.UTC,
          "Apple",
          "iPhone 15",
          51.5014,
          -0.1419);

  private SampleItems() {}

  public static EvidenceItem text(String name, byte[] bytes) throws Exception {
    return item(name, AcceptedType.TEXT, bytes.length, sha256(bytes), CaptureMetadata.NONE);
  }

  public static EvidenceItem item(
      String name, AcceptedType type, long size, String sha256, CaptureMetadata capture)
      throws Exception {
    StoredObject stored =
        new StoredObject(
            "evidence/2026/07/6f1c0000-0000-4000-8000-000000000001", size, sha256, "e");
    AcceptedEvidence accepted =
        new AcceptedEvidence(stored, type, OriginalName.clean(name), capture);
    EvidenceItem item = EvidenceItem.received(savedCase(), accepted, ALICE, RECEIVED);
    setId(EvidenceItem.class, item, 51L);
    return item;
  }

  static CaseFile savedCase() throws Exception {
    CaseFile file =
        new CaseFile(CaseReference.random(), ALICE, "THEFT", VictimRights.STANDARD, RECEIVED, "{}");
    setId(CaseFile.class, file, 77L);
    return file;
  }

  /** What the database would have given it. */
  private static <T> void setId(Class<T> type, T entity, long value) throws Exception {
    Field id = type.getDeclaredField("id");
    id.setAccessible(true);
    id.set(entity, value);
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
