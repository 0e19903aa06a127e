package uk.police.portal.ui.caseapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.portal.ui.caseapi.entity.EvidenceReceipt;

/**
 * Passes a citizen's upload to case-api as it arrives (chunked, never in memory or a temporary
 * file), with the signed-in person's token, so call it on the thread of their own upload request,
 * never from a push thread. Downloads go through {@link EvidenceFiles}.
 *
 * <p>HTTP/1.1 is forced: Payara also speaks h2c, and the JDK client's upgrade attempt with a
 * streamed body goes wrong.
 */
@ApplicationScoped
public class EvidenceStreams {

  private static final Logger LOG = Logger.getLogger(EvidenceStreams.class.getName());

  @Inject
  @ConfigProperty(name = "portal.api.url")
  String apiUrl;

  @Inject OpenIdContext openId;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  /** The browser stopped sending the file (it was cancelled or the connection broke). */
  public static class UploadBrokenOff extends RuntimeException {
    UploadBrokenOff(IOException cause) {
      super("The browser stopped sending the file", cause);
    }
  }

  /**
   * Sends one file to the case as it arrives.
   *
   * @throws CaseApiRefusedException case-api refused the file; its words say why
   * @throws CaseApiUnavailableException case-api could not be reached or failed
   * @throws UploadBrokenOff the browser stopped sending; case-api kept nothing
   */
  public EvidenceReceipt upload(String reference, String fileName, InputStream bytes) {
    SourceWatch source = new SourceWatch(bytes);
    HttpRequest request =
        HttpRequest.newBuilder(evidenceUri(reference, fileName))
            .header("Authorization", bearer())
            .header("Content-Type", "application/octet-stream")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> source))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      if (source.failure != null) {
        throw new UploadBrokenOff(source.failure);
      }
      LOG.warning(() -> "case-api not reachable for an upload at " + apiUrl + ": " + e);
      throw new CaseApiUnavailableException("case-api is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaseApiUnavailableException("interrupted while sending a file", e);
    } finally {
      // case-api may answer before the body is all sent (a refusal from the first bytes): the
      // client must read no more of it, so that the caller can read the rest safely.
      source.detach();
    }
    return receipt(response.statusCode(), response.body());
  }

  static EvidenceReceipt receipt(int status, String body) {
    if (status != 201 && status != 200) {
      throw answer(status, body);
    }
    try {
      return CaseApiClient.Json.JSONB.fromJson(body, EvidenceReceipt.class);
    } catch (JsonbException e) {
      throw new CaseApiUnavailableException("case-api's receipt could not be read", e);
    }
  }

  private static RuntimeException answer(int status, String body) {
    if (status >= 400 && status < 500) {
      return CaseApiClient.refusal(status, body);
    }
    LOG.warning(() -> "case-api answered " + status + " to an evidence request");
    return new CaseApiUnavailableException("case-api answered " + status, null);
  }

  private URI evidenceUri(String reference, String fileName) {
    return URI.create(
        apiUrl
            + "/cases/"
            + encode(reference)
            + "/evidence?name="
            + encode(fileName == null ? "" : fileName));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private String bearer() {
    return "Bearer " + openId.getAccessToken().getToken();
  }

  /**
   * The browser's bytes on their way to case-api, remembering whether reading them failed: then the
   * browser stopped sending, which is not case-api being down.
   */
  private static final class SourceWatch extends InputStream {
    private final InputStream in;
    private volatile IOException failure;
    private boolean detached;

    SourceWatch(InputStream in) {
      this.in = in;
    }

    @Override
    public synchronized int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
      if (detached) {
        return -1;
      }
      try {
        return in.read(buffer, offset, length);
      } catch (IOException e) {
        failure = e;
        throw e;
      } catch (UncheckedIOException e) {
        failure = e.getCause();
        throw e.getCause();
      }
    }

    synchronized void detach() {
      detached = true;
    }

    @Override
    public void close() {
      // The servlet container owns the request's stream; closing it here would end the request.
    }
  }
}
