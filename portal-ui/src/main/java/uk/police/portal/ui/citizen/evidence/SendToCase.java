package uk.police.portal.ui.citizen.evidence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.control.EvidenceStreams;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;

/**
 * Receives one file of the upload component (it sends each file in its own request) and passes its
 * bytes straight on to case-api, on this request's thread with the person's token. The answer goes
 * back twice: to the browser's file row as the status and, for a refusal, case-api's words as plain
 * text; and to the page through {@code UI.access}, since this thread does not hold the session.
 * Whatever needs the person's token (the new list of their files) is fetched here first: the
 * command given to {@code UI.access} may run on another thread, such as a push connection's.
 */
final class SendToCase implements UploadHandler {

  static final String KEPT = "Kept";
  private static final Logger LOG = Logger.getLogger(SendToCase.class.getName());

  private final String reference;
  private final EvidenceStreams streams;
  private final SerializableSupplier<Optional<List<EvidenceItem>>> listAdded;
  private final SerializableBiConsumer<Outcome, Optional<List<EvidenceItem>>> show;

  /**
   * @param listAdded the person's files on the case, read with their token; empty if unreadable
   * @param show what the page does with an outcome and, after a kept file, the new list (else null)
   */
  SendToCase(
      String reference,
      EvidenceStreams streams,
      SerializableSupplier<Optional<List<EvidenceItem>>> listAdded,
      SerializableBiConsumer<Outcome, Optional<List<EvidenceItem>>> show) {
    this.reference = reference;
    this.streams = streams;
    this.listAdded = listAdded;
    this.show = show;
  }

  @Override
  public void handleUploadRequest(UploadEvent event) throws IOException {
    String name = event.getFileName();
    InputStream bytes = event.getInputStream();
    Outcome outcome = send(name, bytes);
    respond(event.getResponse(), outcome);
    Optional<List<EvidenceItem>> added = outcome.isKept() ? listAdded.get() : null;
    UI ui = event.getUI();
    if (ui != null) {
      ui.access(() -> show.accept(outcome, added));
    }
  }

  private Outcome send(String name, InputStream bytes) throws IOException {
    try {
      return Outcome.kept(name, streams.upload(reference, name, bytes));
    } catch (CaseApiRefusedException refused) {
      drain(bytes);
      return Outcome.refused(name, refused.status(), refused.getMessage());
    } catch (CaseApiUnavailableException unavailable) {
      drain(bytes);
      return Outcome.unavailable(name);
    } catch (EvidenceStreams.UploadBrokenOff brokenOff) {
      // Cancelled, or the connection went: nobody is waiting for an answer, and case-api kept
      // nothing of a body that stopped short.
      throw new IOException(brokenOff.getMessage(), brokenOff.getCause());
    }
  }

  /**
   * Reads what the browser is still sending after case-api said no early (it may refuse a file from
   * its first bytes), so that the browser gets to read the answer instead of a broken connection.
   */
  private static void drain(InputStream bytes) {
    try {
      bytes.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      LOG.fine(() -> "The browser stopped sending a refused file: " + e.getMessage());
    }
  }

  private static void respond(VaadinResponse response, Outcome outcome) throws IOException {
    response.setStatus(outcome.status());
    response.setContentType("text/plain;charset=UTF-8");
    byte[] words = (outcome.isKept() ? KEPT : outcome.problem()).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(words.length);
    response.getOutputStream().write(words);
  }

  /** A failure of ours (an exception above) is a 500 with no words; success is already said. */
  @Override
  public void responseHandled(boolean success, VaadinResponse response) {
    if (!success) {
      response.setStatus(500);
    }
  }
}
