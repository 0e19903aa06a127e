package uk.police.portal.api.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceSettingsTest {

  @Test
  void evidenceStoresVariablesAreLookedUpAsConfigPropertiesThatMapBackToThem() {
    assertThat(EvidenceSettings.propertyName("PORTAL_EVIDENCE_MAX_MB_IMAGE"))
        .isEqualTo("portal.evidence.max-mb-image");
    assertThat(EvidenceSettings.propertyName("PORTAL_EVIDENCE_MAX_MEGAPIXELS"))
        .isEqualTo("portal.evidence.max-megapixels");
  }
}
