package uk.police.portal.evidencestore.intake.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The allow-list: every type of file the portal accepts, as decided from its bytes. The extensions
 * are those a file of this type may carry in its name; a name with another known extension
 * contradicts the content. ISO media files (MP4, MOV, 3GP, M4A) share one container, so their
 * extensions overlap on purpose.
 */
public enum AcceptedType {
  JPEG("image/jpeg", EvidenceKind.IMAGE, "JPEG photo", "jpg", "jpeg", "jpe", "jfif"),
  PNG("image/png", EvidenceKind.IMAGE, "PNG picture", "png"),
  HEIC("image/heic", EvidenceKind.IMAGE, "HEIC photo", "heic", "heif", "hif"),
  HEIF("image/heif", EvidenceKind.IMAGE, "HEIF photo", "heif", "heic", "hif"),

  MP4("video/mp4", EvidenceKind.VIDEO, "MP4 video", "mp4", "m4v", "mov", "qt", "3gp", "m4a"),
  M4V("video/x-m4v", EvidenceKind.VIDEO, "MP4 video", "m4v", "mp4"),
  QUICKTIME("video/quicktime", EvidenceKind.VIDEO, "QuickTime (MOV) video", "mov", "qt", "mp4"),
  THREE_GP("video/3gpp", EvidenceKind.VIDEO, "3GP video", "3gp", "3gpp", "mp4"),
  AVI("video/x-msvideo", EvidenceKind.VIDEO, "AVI video", "avi"),
  MPEG_PS("video/mpeg", EvidenceKind.VIDEO, "MPEG video", "mpg", "mpeg", "mpe", "ps", "vob"),
  MPEG_TS("video/mp2t", EvidenceKind.VIDEO, "MPEG transport stream video", "ts", "mts", "m2ts"),
  ASF("video/x-ms-asf", EvidenceKind.VIDEO, "Windows Media video", "asf", "wmv"),
  WMV("video/x-ms-wmv", EvidenceKind.VIDEO, "Windows Media video", "wmv", "asf"),
  DAHUA_DAV("video/x-dahua-dav", EvidenceKind.VIDEO, "Dahua CCTV video", "dav"),
  HIKVISION("video/x-hikvision", EvidenceKind.VIDEO, "Hikvision CCTV video", "mp4", "264", "h264"),

  MP3("audio/mpeg", EvidenceKind.AUDIO, "MP3 audio file", "mp3"),
  M4A("audio/mp4", EvidenceKind.AUDIO, "M4A audio file", "m4a", "m4b", "mp4", "aac"),
  AAC("audio/x-aac", EvidenceKind.AUDIO, "AAC audio file", "aac"),
  WAV("audio/vnd.wave", EvidenceKind.AUDIO, "WAV audio file", "wav", "wave"),
  OGG_VORBIS("audio/vorbis", EvidenceKind.AUDIO, "Ogg audio file", "ogg", "oga"),
  OGG_OPUS("audio/opus", EvidenceKind.AUDIO, "Opus audio file", "opus", "ogg", "oga"),
  OGG("audio/ogg", EvidenceKind.AUDIO, "Ogg audio file", "ogg", "oga"),

  PDF("application/pdf", EvidenceKind.DOCUMENT, "PDF document", "pdf"),
  WORD_97("application/msword", EvidenceKind.DOCUMENT, "Word document", "doc", "dot"),
  WORD(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      EvidenceKind.DOCUMENT,
      "Word document",
      "docx"),
  TEXT("text/plain", EvidenceKind.DOCUMENT, "text file", "txt", "text", "log", "csv", "md");

  private final String mediaType;
  private final EvidenceKind kind;
  private final String inWords;
  private final List<String> extensions;

  AcceptedType(String mediaType, EvidenceKind kind, String inWords, String... extensions) {
    this.mediaType = mediaType;
    this.kind = kind;
    this.inWords = inWords;
    this.extensions = List.of(extensions);
  }

  public static Optional<AcceptedType> forMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  /** True if some accepted type may carry this extension (lower case, without the dot). */
  public static boolean anyCarries(String extension) {
    return Arrays.stream(values()).anyMatch(t -> t.carries(extension));
  }

  public boolean carries(String extension) {
    return extensions.contains(extension.toLowerCase(Locale.ROOT));
  }

  /** The Content-Type to store and serve it with. */
  public String mediaType() {
    return mediaType;
  }

  public EvidenceKind kind() {
    return kind;
  }

  /** For a citizen: "JPEG photo", "PDF document". */
  public String inWords() {
    return inWords;
  }

  /** The usual extension, for a download name when the original had none. */
  public String extension() {
    return extensions.get(0);
  }

  public List<String> extensions() {
    return extensions;
  }
}
