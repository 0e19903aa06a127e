package uk.police.portal.api.testsupport;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Demo users' access tokens, fetched once and again after four minutes (they live five). */
public final class Tokens {

  private record Fetched(String token, Instant at) {}

  private static final Map<String, Fetched> TOKENS = new ConcurrentHashMap<>();

  private Tokens() {}

  public static String of(String username) {
    return TOKENS
        .compute(
            username,
            (user, fetched) ->
                fetched == null || fetched.at().isBefore(Instant.now().minusSeconds(240))
                    ? new Fetched(Keycloak.token(user), Instant.now())
                    : fetched)
        .token();
  }
}
