package uk.police.portal.evidencestore.storage.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectStoreConfigTest {

  static final Map<String, String> COMPLETE =
      Map.of(
          "PORTAL_S3_ENDPOINT", "http://127.0.0.1:9000",
          "PORTAL_S3_ACCESS_KEY", "portal-dev",
          "PORTAL_S3_SECRET_KEY", "portal-dev-secret-key");

  @Test
  void bucketAndRegionHaveDefaults() {
    ObjectStoreConfig config = ObjectStoreConfig.from(COMPLETE);
    assertThat(config.endpoint()).isEqualTo("http://127.0.0.1:9000");
    assertThat(config.bucket()).isEqualTo("portal-evidence");
    assertThat(config.region()).isEqualTo("us-east-1");
  }

  @Test
  void bucketAndRegionCanBeChosen() {
    Map<String, String> vars = new java.util.HashMap<>(COMPLETE);
    vars.put("PORTAL_S3_BUCKET", "evidence-prod");
    vars.put("PORTAL_S3_REGION", "eu-west-2");
    ObjectStoreConfig config = ObjectStoreConfig.from(vars);
    assertThat(config.bucket()).isEqualTo("evidence-prod");
    assertThat(config.region()).isEqualTo("eu-west-2");
  }

  @Test
  void presignedUrlsNameThePublicEndpointWhenOneIsGiven() {
    Map<String, String> vars = new java.util.HashMap<>(COMPLETE);
    assertThat(ObjectStoreConfig.from(vars).publicEndpoint()).isEqualTo("http://127.0.0.1:9000");

    vars.put("PORTAL_S3_PUBLIC_ENDPOINT", "https://evidence.example.police.uk");

    assertThat(ObjectStoreConfig.from(vars).publicEndpoint())
        .isEqualTo("https://evidence.example.police.uk");
    assertThat(ObjectStoreConfig.from(vars).toString())
        .contains("publicEndpoint=https://evidence.example.police.uk");
  }

  @Test
  void everyMissingVariableIsNamedInOneMessage() {
    assertThatThrownBy(() -> ObjectStoreConfig.from(Map.of("PORTAL_S3_ENDPOINT", "http://s3:9000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PORTAL_S3_ACCESS_KEY")
        .hasMessageContaining("PORTAL_S3_SECRET_KEY")
        .hasMessageNotContaining("PORTAL_S3_ENDPOINT,");
  }

  @Test
  void aBlankEndpointCountsAsMissing() {
    Map<String, String> vars = new java.util.HashMap<>(COMPLETE);
    vars.put("PORTAL_S3_ENDPOINT", " ");
    assertThatThrownBy(() -> ObjectStoreConfig.from(vars))
        .hasMessageContaining("set PORTAL_S3_ENDPOINT");
  }

  @Test
  void anEndpointWithoutSchemeIsRefused() {
    Map<String, String> vars = new java.util.HashMap<>(COMPLETE);
    vars.put("PORTAL_S3_ENDPOINT", "127.0.0.1:9000");
    assertThatThrownBy(() -> ObjectStoreConfig.from(vars))
        .hasMessageContaining("must start with http:// or https://");
  }

  @Test
  void theSecretKeyNeverAppearsInLogs() {
    assertThat(ObjectStoreConfig.from(COMPLETE).toString())
        .contains("portal-dev")
        .doesNotContain("portal-dev-secret-key");
  }
}
