package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.logging.Logger;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.control.EvidenceFiles;

/**
 * Streams one evidence file, or its preview, from case-api to the browser of the person who asks,
 * with their own token and the reason they opened the case with: case-api decides who may have it
 * (investigators, supervisors; never a contact handler) and audits it, so this handler cannot widen
 * access. Its address exists only in the session of the person whose page offered it.
 *
 * <p>Nothing is held in memory: bytes go on as they come. case-api's Content-Length goes on too, so
 * a file that fails its SHA-256 check (case-api then ends the body short) arrives short and the
 * browser calls the download failed rather than complete. A Range header goes on to case-api, and a
 * 206 comes back as it is, so a video can be sought in when case-api answers ranges.
 */
class EvidenceDownload implements DownloadHandler {

  /** What the browser asks for. */
  enum Part {
    /**
     * The whole file, always: no Range goes on, so a browser resuming a failed download gets the
     * whole file and its check again, never an unchecked tail to join to what it had.
     */
    DOWNLOAD,
    /** For the video player: its Range goes on, to seek (case-api audits each part). */
    PLAYBACK,
    THUMBNAIL
  }

  static final List<String> PASSED_ON =
      List.of(
          "Content-Type",
          "Content-Disposition",
          "Content-Range",
          "Accept-Ranges",
          "Repr-Digest",
          "X-Content-Type-Options",
          "Content-Security-Policy");

  private static final Logger LOG = Logger.getLogger(EvidenceDownload.class.getName());

  private final EvidenceFiles files;
  private final String reference;
  private final long id;
  private final String reason;
  private final Part part;
  private final String urlName;

  EvidenceDownload(
      EvidenceFiles files, String reference, long id, String reason, Part part, String urlName) {
    this.files = files;
    this.reference = reference;
    this.id = id;
    this.reason = reason;
    this.part = part;
    this.urlName = urlName;
  }

  /** The last part of the address: the file's name, so a saved link still says what it was. */
  @Override
  public String getUrlPostfix() {
    return urlName;
  }

  @Override
  public void handleDownloadRequest(DownloadEvent event) throws IOException {
    VaadinResponse response = event.getResponse();
    EvidenceFiles.Answer answer;
    try {
      answer =
          switch (part) {
            case THUMBNAIL -> files.thumbnail(reference, id, reason);
            case DOWNLOAD -> files.content(reference, id, reason, null);
            case PLAYBACK ->
                files.content(reference, id, reason, event.getRequest().getHeader("Range"));
          };
    } catch (CaseApiUnavailableException e) {
      response.sendError(503, "The case system is not answering. Please try again.");
      return;
    }
    try (answer) {
      if (!answer.ok()) {
        LOG.info(() -> "case-api answered " + answer.status() + " for evidence " + id);
        response.sendError(refusal(answer.status()), "You cannot have this file.");
        return;
      }
      response.setStatus(answer.status());
      PASSED_ON.stream()
          .filter(name -> part == Part.PLAYBACK || !name.equals("Accept-Ranges"))
          .forEach(name -> answer.header(name).ifPresent(v -> response.setHeader(name, v)));
      response.setHeader("Cache-Control", "private, no-store");
      // Closing the connection after the body is what makes a body cut short visible as such.
      response.setHeader("Connection", "close");
      if (answer.length() >= 0) {
        response.setContentLengthLong(answer.length());
      }
      try {
        copy(answer.body(), response.getOutputStream(), answer.length());
      } catch (IOException e) {
        LOG.warning(
            () ->
                "Evidence "
                    + id
                    + " of case "
                    + reference
                    + " broke off on its way to the browser, which sees a failed download: "
                    + e);
        throw e;
      }
    }
  }

  /**
   * Copies as the bytes come; if fewer come than were promised, fails loudly so that the browser
   * gets a broken download, never one that looks complete.
   */
  static long copy(InputStream in, OutputStream out, long promised) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long count = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
      count += n;
    }
    if (promised >= 0 && count != promised) {
      throw new IOException(
          "case-api ended the file after " + count + " of " + promised + " bytes");
    }
    out.flush();
    return count;
  }

  /** A refusal stays a refusal; anything else from case-api is its failure, not the browser's. */
  private static int refusal(int status) {
    return status >= 400 && status < 500 ? status : 502;
  }
}
