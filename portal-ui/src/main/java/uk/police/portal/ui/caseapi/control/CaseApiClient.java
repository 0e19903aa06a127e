package uk.police.portal.ui.caseapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import uk.police.portal.ui.caseapi.entity.Me;

/**
 * Calls case-api as the signed-in person. The token comes from the session's OpenID context, so
 * call this on a request thread (a Vaadin event), never from a background push thread.
 */
@ApplicationScoped
public class CaseApiClient {

  private static final Logger LOG = Logger.getLogger(CaseApiClient.class.getName());

  @Inject
  @ConfigProperty(name = "portal.api.url")
  String apiUrl;

  @Inject OpenIdContext openId;

  private volatile CaseApi api;

  public Me me() {
    return call(caseApi -> caseApi.me(bearer()));
  }

  private <T> T call(Function<CaseApi, T> request) {
    try {
      return request.apply(api());
    } catch (WebApplicationException e) {
      LOG.warning(() -> "case-api answered " + e.getResponse().getStatus() + " at " + apiUrl);
      throw new CaseApiUnavailableException("case-api refused the request", e);
    } catch (ProcessingException e) {
      LOG.warning(() -> "case-api not reachable at " + apiUrl + ": " + e.getMessage());
      throw new CaseApiUnavailableException("case-api is not reachable", e);
    }
  }

  private String bearer() {
    return "Bearer " + openId.getAccessToken().getToken();
  }

  private CaseApi api() {
    if (api == null) {
      api =
          RestClientBuilder.newBuilder()
              .baseUri(URI.create(apiUrl))
              .connectTimeout(3, TimeUnit.SECONDS)
              .readTimeout(15, TimeUnit.SECONDS)
              .build(CaseApi.class);
    }
    return api;
  }
}
