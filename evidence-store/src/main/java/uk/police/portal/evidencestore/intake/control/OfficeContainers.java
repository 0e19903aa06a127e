package uk.police.portal.evidencestore.intake.control;

import java.util.List;
import java.util.Optional;

/** Tells Word files apart from other Office files by the names inside their container. */
final class OfficeContainers {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String DOCM = "application/vnd.ms-word.document.macroenabled.12";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  static final String DOC = "application/msword";
  static final String XLS = "application/vnd.ms-excel";
  static final String PPT = "application/vnd.ms-powerpoint";
  static final String MSG = "application/vnd.ms-outlook";
  static final String OLE2_OTHER = "application/x-ole-storage";

  private OfficeContainers() {}

  /** Empty when the entries seen say nothing: an ordinary ZIP stays a ZIP. */
  static Optional<String> typeOfZip(List<String> entryNames) {
    if (entryNames.contains("word/vbaProject.bin")) return Optional.of(DOCM);
    if (startsWith(entryNames, "word/")) return Optional.of(DOCX);
    if (startsWith(entryNames, "xl/")) return Optional.of(XLSX);
    if (startsWith(entryNames, "ppt/")) return Optional.of(PPTX);
    return Optional.empty();
  }

  /** An OLE2 file whose directory was read: Word has a stream called WordDocument. */
  static String typeOfOle2(List<String> streamNames) {
    if (streamNames.contains("WordDocument")) return DOC;
    if (streamNames.contains("Workbook") || streamNames.contains("Book")) return XLS;
    if (streamNames.contains("PowerPoint Document")) return PPT;
    if (streamNames.stream().anyMatch(n -> n.startsWith("__substg1.0_"))) return MSG;
    return OLE2_OTHER;
  }

  private static boolean startsWith(List<String> names, String prefix) {
    return names.stream().anyMatch(name -> name.startsWith(prefix));
  }
}
