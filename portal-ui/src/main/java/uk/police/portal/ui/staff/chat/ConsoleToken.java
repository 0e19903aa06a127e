package uk.police.portal.ui.staff.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import uk.police.portal.ui.caseapi.control.BearerToken;

/**
 * The handler's access token as the console's streams use it. Keycloak's token is refreshed only
 * while a request of the handler's browser is handled (the OpenID context belongs to the session),
 * so every request the console sees hands the token over here, and a stream that reconnects takes
 * the newest. When the one held is about to expire, {@code askForRequest} makes the browser send a
 * request (the console answers it by handing over the refreshed token).
 */
final class ConsoleToken {

  /** case-api closes a staff stream at expiry; Payara refreshes a token only 10 s before it. */
  static final Duration NEARLY_EXPIRED = Duration.ofSeconds(15);

  private final Clock clock;
  private final Runnable askForRequest;
  private volatile BearerToken token;

  ConsoleToken(Clock clock, Runnable askForRequest) {
    this.clock = clock;
    this.askForRequest = askForRequest;
  }

  /** On a request thread: the session's token, refreshed by the sign-in mechanism if it was due. */
  void handOver(BearerToken fresh) {
    token = fresh;
  }

  /**
   * The headers a stream (re)connects with; asks for a fresh token when this one is nearly done.
   */
  Map<String, String> headers() {
    BearerToken now = token;
    if (now == null || now.expiresWithin(NEARLY_EXPIRED, clock.instant())) {
      askForRequest.run();
    }
    return now == null ? Map.of() : Map.of("Authorization", now.header());
  }
}
