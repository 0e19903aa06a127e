package uk.police.portal.evidencestore.intake.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeLimitsTest {

  @Test
  void defaultsAreTwoGigabytesForVideoAndFiftyMegabytesForTheRest() {
    IntakeLimits limits = IntakeLimits.defaults();
    assertThat(limits.maxBytes(EvidenceKind.VIDEO)).isEqualTo(2L * 1024 * 1024 * 1024);
    assertThat(limits.maxBytes(EvidenceKind.IMAGE)).isEqualTo(50L * 1024 * 1024);
    assertThat(limits.maxBytes(EvidenceKind.AUDIO)).isEqualTo(50L * 1024 * 1024);
    assertThat(limits.maxBytes(EvidenceKind.DOCUMENT)).isEqualTo(50L * 1024 * 1024);
    assertThat(limits.maxPixels()).isEqualTo(100_000_000L);
  }

  @Test
  void settingsOverrideTheDefaultsOneByOne() {
    IntakeLimits limits =
        IntakeLimits.from(
            Map.of("PORTAL_EVIDENCE_MAX_MB_VIDEO", "4096", "PORTAL_EVIDENCE_MAX_MEGAPIXELS", "50")
                ::get);
    assertThat(limits.maxBytes(EvidenceKind.VIDEO)).isEqualTo(4096L * 1024 * 1024);
    assertThat(limits.maxBytes(EvidenceKind.AUDIO)).isEqualTo(IntakeLimits.DEFAULT_OTHER_BYTES);
    assertThat(limits.maxPixels()).isEqualTo(50_000_000L);
  }

  @Test
  void aBadSettingIsNamedInTheError() {
    assertThatThrownBy(() -> IntakeLimits.from(Map.of("PORTAL_EVIDENCE_MAX_MB_IMAGE", "lots")::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PORTAL_EVIDENCE_MAX_MB_IMAGE must be a whole number above 0, got 'lots'");
  }

  @Test
  void everyKindNeedsALimit() {
    assertThatThrownBy(() -> new IntakeLimits(Map.of(EvidenceKind.VIDEO, 10L), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IMAGE");
  }
}
