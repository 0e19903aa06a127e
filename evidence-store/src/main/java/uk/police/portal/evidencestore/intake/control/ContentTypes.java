package uk.police.portal.evidencestore.intake.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;

/**
 * Decides what a file is from its first bytes, with tika-core's magic-byte list (plus {@code
 * evidence-mimetypes.xml}: ISO media brands, MPEG transport streams, Dahua and Hikvision CCTV),
 * never from its name or the Content-Type a browser sent. Tika's parsers are not used, so the two
 * containers it cannot see into are opened here: ZIP (is it a Word .docx?) and OLE2 (is it a Word
 * .doc?). Thread-safe.
 */
public class ContentTypes {

  /** How many bytes detection looks at: tika-core's own minimum. */
  public static final int HEAD_SIZE = 64 * 1024;

  static final String OLE2 = "application/x-tika-msoffice";
  private static final String OOXML = "application/x-tika-ooxml";
  private static final String ZIP = "application/zip";

  private final MimeTypes types;

  public ContentTypes() {
    URL core = MimeTypes.class.getResource("tika-mimetypes.xml");
    URL ours = ContentTypes.class.getResource("evidence-mimetypes.xml");
    try {
      types = MimeTypesFactory.create(core, ours);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the media type lists", e);
    } catch (MimeTypeException e) {
      throw new IllegalStateException("The media type lists are invalid", e);
    }
  }

  /**
   * The type of the file these bytes start, or refuses it in words a citizen understands: empty,
   * not on the allow-list, or named with an extension that belongs to another type. A name with no
   * extension, or one nobody knows, does not contradict anything.
   */
  public AcceptedType decide(byte[] head, OriginalName name) {
    if (head.length == 0) throw UploadRefusedException.empty();
    String detected = detect(head);
    AcceptedType type =
        AcceptedType.forMediaType(detected)
            .or(() -> wordByName(detected, name))
            .orElseThrow(() -> UploadRefusedException.typeNotAccepted(detected));
    Optional<String> contradiction =
        name.extension().filter(extension -> !type.carries(extension) && isKnown(extension));
    if (contradiction.isPresent()) {
      throw UploadRefusedException.nameContradictsContent(contradiction.get(), type);
    }
    return type;
  }

  /** The media type of the file these (first) bytes start, from the bytes alone. */
  public String detect(byte[] head) {
    String detected = magic(head);
    if (detected.equals(ZIP) || detected.equals(OOXML)) {
      return OfficeContainers.typeOfZip(ZipEntryNames.in(head)).orElse(detected);
    }
    if (detected.equals(OLE2)) {
      return CompoundFileDirectory.namesIn(head).map(OfficeContainers::typeOfOle2).orElse(OLE2);
    }
    return detected;
  }

  /**
   * The one place a name counts: a Word 97-2003 file's directory can lie anywhere in the file,
   * beyond the bytes we look at. When the content is an OLE2 compound file whose directory we could
   * not reach, and the name says .doc, it is taken as Word; any other OLE2 file whose directory we
   * could read was already told apart by its stream names.
   */
  private static Optional<AcceptedType> wordByName(String detected, OriginalName name) {
    return detected.equals(OLE2)
            && name.extension().filter(List.of("doc", "dot")::contains).isPresent()
        ? Optional.of(AcceptedType.WORD_97)
        : Optional.empty();
  }

  /** An extension that some accepted type or any type Tika knows by name carries. */
  boolean isKnown(String extension) {
    if (AcceptedType.anyCarries(extension)) return true;
    Metadata byName = new Metadata();
    byName.set(TikaCoreProperties.RESOURCE_NAME_KEY, "file." + extension);
    try {
      return !types.detect(null, byName).equals(MediaType.OCTET_STREAM);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String magic(byte[] head) {
    try {
      // no resource name: the name must never influence the result
      return types.detect(new ByteArrayInputStream(head), new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading from memory failed", e);
    }
  }
}
