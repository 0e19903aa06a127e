package uk.police.portal.evidencestore.intake.entity;

/** What sort of evidence a file is; each kind has its own size limit. */
public enum EvidenceKind {
  IMAGE("photo"),
  VIDEO("video"),
  AUDIO("audio recording"),
  DOCUMENT("document");

  private final String inWords;

  EvidenceKind(String inWords) {
    this.inWords = inWords;
  }

  /** How a citizen would name it: "photo", "video", "audio recording", "document". */
  public String inWords() {
    return inWords;
  }
}
