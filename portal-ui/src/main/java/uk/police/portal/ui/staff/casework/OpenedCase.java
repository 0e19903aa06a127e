package uk.police.portal.ui.staff.casework;

import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.EvidenceFiles;
import uk.police.portal.ui.staff.SignedInStaff;

/**
 * A case as one member of staff opened it: every further read (its evidence, statements, each
 * file's record) goes to case-api with their token and the reason they gave, and is audited there.
 */
record OpenedCase(
    CaseApiClient caseApi,
    EvidenceFiles files,
    String reference,
    String reason,
    SignedInStaff staff) {

  /** An address in this person's session that streams the file from case-api, as them. */
  EvidenceDownload download(long evidenceId, String name) {
    return new EvidenceDownload(
        files, reference, evidenceId, reason, EvidenceDownload.Part.DOWNLOAD, name);
  }

  /** The same file for a video player, which asks for parts of it to seek. */
  EvidenceDownload playback(long evidenceId, String name) {
    return new EvidenceDownload(
        files, reference, evidenceId, reason, EvidenceDownload.Part.PLAYBACK, name);
  }

  EvidenceDownload thumbnail(long evidenceId, String name) {
    return new EvidenceDownload(
        files, reference, evidenceId, reason, EvidenceDownload.Part.THUMBNAIL, name + ".jpg");
  }

  /** Contact handlers read the list of files only; case-api refuses them the files themselves. */
  boolean mayOpenFiles() {
    return staff.worksCases();
  }
}
