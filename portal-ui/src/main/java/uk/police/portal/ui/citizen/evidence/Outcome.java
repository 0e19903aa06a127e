package uk.police.portal.ui.citizen.evidence;

import uk.police.portal.ui.caseapi.entity.EvidenceReceipt;

/**
 * What became of one file: kept (with case-api's receipt) or not (with the words for the person),
 * and the HTTP status the browser's file row is given.
 */
record Outcome(String fileName, EvidenceReceipt receipt, int status, String problem) {

  static Outcome kept(String fileName, EvidenceReceipt receipt) {
    return new Outcome(fileName, receipt, 200, null);
  }

  /** case-api refused the file: its own words say why. */
  static Outcome refused(String fileName, int status, String why) {
    return new Outcome(fileName, null, status, why);
  }

  static Outcome unavailable(String fileName) {
    return new Outcome(
        fileName,
        null,
        503,
        "We could not keep "
            + shown(fileName)
            + ". Nothing was saved. Try again in a few minutes.");
  }

  boolean isKept() {
    return receipt != null;
  }

  /** The name as the person chose it, for sentences; case-api's cleaned name once kept. */
  String name() {
    return isKept() && receipt.name() != null ? receipt.name() : shown(fileName);
  }

  private static String shown(String fileName) {
    return fileName == null || fileName.isBlank() ? "your file" : fileName;
  }
}
