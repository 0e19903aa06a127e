package uk.police.portal.ui.citizen.statement;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.control.EvidenceFiles;

/**
 * A link to a signed statement's PDF, streamed from case-api (which checks its SHA-256 as it goes)
 * with the person's own token, on the download request's thread.
 */
final class StatementPdf {

  private StatementPdf() {}

  static Anchor link(
      String text, String reference, long evidenceId, int version, EvidenceFiles files) {
    String fileName = "witness-statement-" + reference + "-version-" + version + ".pdf";
    DownloadHandler download =
        event -> {
          try {
            try (EvidenceFiles.Answer content = files.content(reference, evidenceId, null, null)) {
              if (!content.ok()) {
                throw new CaseApiRefusedException(
                    content.status(), "case-api refused the file", java.util.List.of());
              }
              event.setFileName(fileName);
              event.setContentType(content.header("Content-Type").orElse("application/pdf"));
              if (content.length() >= 0) {
                event.setContentLength(content.length());
              }
              try (InputStream in = content.body();
                  OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
              }
            }
          } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
            event.getResponse().setStatus(e instanceof CaseApiRefusedException ? 404 : 503);
            event.setContentType("text/plain;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
              out.write(
                  "We cannot give you this file right now. Try again in a few minutes."
                      .getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
              // The browser has gone: nobody to tell.
            }
          } catch (IOException e) {
            // The browser stopped reading, or case-api stopped short (its check failed).
            event.getResponse().setStatus(503);
          }
        };
    Anchor link = new Anchor();
    link.setText(text);
    link.setId("statement-pdf-" + version);
    // A download is registered with the page it is on, so only once the link is on one.
    link.addAttachListener(
        attach -> {
          if (!link.getElement().hasAttribute("download")) {
            link.setHref(download, AttachmentType.DOWNLOAD);
          }
        });
    return link;
  }
}
