package uk.police.portal.ui.staff.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.control.BearerToken;

class ConsoleTokenTest {

  private static final Instant NOW = Instant.parse("2026-11-21T14:00:00Z");
  private final AtomicInteger asked = new AtomicInteger();
  private final ConsoleToken token =
      new ConsoleToken(Clock.fixed(NOW, ZoneOffset.UTC), asked::incrementAndGet);

  static String jwt(Instant expiry) {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String payload = "{\"sub\":\"hannah\",\"exp\":" + expiry.getEpochSecond() + "}";
    return url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".signature";
  }

  @Test
  void theExpiryIsReadFromTheTokenItself() {
    assertThat(BearerToken.of(jwt(NOW.plusSeconds(300))).expiresAt())
        .isEqualTo(NOW.plusSeconds(300));
    assertThat(BearerToken.of("not a token").expiresAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void aStreamReconnectsWithTheNewestTokenHandedOver() {
    token.handOver(BearerToken.of(jwt(NOW.plusSeconds(300))));
    String first = token.headers().get("Authorization");
    String newer = jwt(NOW.plusSeconds(600));
    token.handOver(BearerToken.of(newer));

    assertThat(first).startsWith("Bearer ");
    assertThat(token.headers()).containsEntry("Authorization", "Bearer " + newer);
    assertThat(asked).hasValue(0);
  }

  @Test
  void aTokenAboutToExpireAsksTheBrowserForARequestThatBringsAFreshOne() {
    token.handOver(BearerToken.of(jwt(NOW.plusSeconds(10))));

    token.headers();

    assertThat(asked).hasValue(1);
  }

  @Test
  void withNoTokenYetTheStreamWaitsForOne() {
    assertThat(token.headers()).isEmpty();
    assertThat(asked).hasValue(1);
  }
}
