package uk.police.portal.ui.caseapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An evidence file's bytes or its preview from case-api, as the signed-in person: their own token
 * and the reason they gave, so case-api decides, checks and audits exactly as for any other client.
 * The answer comes back unread for the caller to stream on: nothing here holds a file in memory.
 *
 * <p>HTTP/1.1 on purpose: case-api says that a file failed its SHA-256 check by ending the body
 * short of its Content-Length, and over h2c the JDK client takes such a body as complete (see
 * case-api/README.md). Call on a request thread: the token comes from the session.
 */
@ApplicationScoped
public class EvidenceFiles implements Serializable {

  private static final Logger LOG = Logger.getLogger(EvidenceFiles.class.getName());
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  @Inject
  @ConfigProperty(name = "portal.api.url")
  String apiUrl;

  @Inject OpenIdContext openId;

  private String givenToken;

  public EvidenceFiles() {}

  /** Outside a signed-in request, as the person whose access token this is (the journeys). */
  public EvidenceFiles(String apiUrl, String accessToken) {
    this.apiUrl = apiUrl;
    this.givenToken = accessToken;
  }

  /**
   * The file's bytes. range: the browser's Range header, passed on as it came (null for none), so a
   * video can be sought in when case-api answers ranges.
   */
  public Answer content(String reference, long id, String reason, String range) {
    return get(reference, id, "content", reason, range);
  }

  /** A small JPEG preview of a photo; 404 when none can be made. */
  public Answer thumbnail(String reference, long id, String reason) {
    return get(reference, id, "thumbnail", reason, null);
  }

  private Answer get(String reference, long id, String what, String reason, String range) {
    URI uri =
        URI.create(
            apiUrl
                + "/cases/"
                + encode(reference)
                + "/evidence/"
                + id
                + "/"
                + what
                + "?reason="
                + encode(reason));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(15))
            .header("Authorization", "Bearer " + token())
            .GET();
    if (range != null && !range.isBlank()) {
      request.header("Range", range);
    }
    try {
      return new Answer(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      LOG.warning(() -> "case-api not reachable at " + apiUrl + ": " + e);
      throw new CaseApiUnavailableException("case-api is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaseApiUnavailableException("interrupted while asking case-api", e);
    }
  }

  private String token() {
    return givenToken != null ? givenToken : openId.getAccessToken().getToken();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /** case-api's answer, its body not yet read; close it when done. */
  public static final class Answer implements Closeable {

    private final HttpResponse<InputStream> response;

    Answer(HttpResponse<InputStream> response) {
      this.response = response;
    }

    public int status() {
      return response.statusCode();
    }

    /** 200, or 206 for a part of the file. */
    public boolean ok() {
      return status() == 200 || status() == 206;
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    /** The Content-Length case-api promised; -1 when it gave none. */
    public long length() {
      return response.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    public InputStream body() {
      return response.body();
    }

    @Override
    public void close() throws IOException {
      response.body().close();
    }
  }
}
