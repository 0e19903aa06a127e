package uk.police.portal.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.realm.Realms.PORTAL_ROLES;
import static uk.police.portal.realm.Realms.client;
import static uk.police.portal.realm.Realms.flow;
import static uk.police.portal.realm.Realms.strings;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DevRealmTest {

  private final JsonObject realm = Realms.dev();

  @Test
  void theBuildWroteThisMergedRealm() {
    assertThat(Files.exists(Realms.BUILT_DEV)).as("run the build: %s", Realms.BUILT_DEV).isTrue();
    assertThat(Realms.read(Realms.BUILT_DEV)).isEqualTo(realm);
  }

  @Test
  void demoUsersHaveOnlyTheirOwnRole() {
    Map<String, java.util.List<String>> roles =
        Realms.objects(realm, "users")
            .collect(
                Collectors.toMap(
                    u -> u.getString("username"), u -> strings(u.getJsonArray("realmRoles"))));

    assertThat(roles)
        .containsOnly(
            Map.entry("alice", java.util.List.of("citizen")),
            Map.entry("bob", java.util.List.of("citizen")),
            Map.entry("hannah", java.util.List.of("contact-handler")),
            Map.entry("harry", java.util.List.of("contact-handler")),
            Map.entry("ian", java.util.List.of("investigator")),
            Map.entry("sam", java.util.List.of("supervisor")),
            Map.entry("ada", java.util.List.of("admin")));
  }

  @Test
  void demoUsersCanLogInWithTheDemoPasswordAndAVerifiedEmail() {
    assertThat(Realms.objects(realm, "users"))
        .allSatisfy(
            u -> {
              assertThat(u.getBoolean("enabled")).isTrue();
              assertThat(u.getBoolean("emailVerified")).isTrue();
              assertThat(u.getString("email")).isEqualTo(u.getString("username") + "@example.org");
              assertThat(u.getString("firstName")).isNotBlank();
              assertThat(u.getString("lastName")).isNotBlank();
              JsonObject password = u.getJsonArray("credentials").getJsonObject(0);
              assertThat(password.getString("type")).isEqualTo("password");
              assertThat(password.getString("value")).isEqualTo("Demo-pass-2026!");
              assertThat(password.getBoolean("temporary")).isFalse();
            });
  }

  @Test
  void devClientsArePublicPasswordGrantClientsWithPortalUiTokenShape() {
    for (String clientId : new String[] {"portal-dev-cli", "portal-dev-cli-short"}) {
      JsonObject cli = client(realm, clientId);
      assertThat(cli.getBoolean("publicClient")).as(clientId).isTrue();
      assertThat(cli.getBoolean("directAccessGrantsEnabled")).as(clientId).isTrue();
      assertThat(cli.getBoolean("standardFlowEnabled")).as(clientId).isFalse();
      assertThat(cli.getBoolean("fullScopeAllowed")).as(clientId).isFalse();
      assertThat(Realms.scopeMappedRoles(realm, clientId))
          .containsExactlyInAnyOrderElementsOf(PORTAL_ROLES);
      assertThat(cli.getJsonArray("defaultClientScopes"))
          .isEqualTo(client(realm, "portal-ui").getJsonArray("defaultClientScopes"));
      ProductionRealmTest.assertMappers(cli);
    }
    assertThat(
            client(realm, "portal-dev-cli-short")
                .getJsonObject("attributes")
                .getString("access.token.lifespan"))
        .isEqualTo("2");
    assertThat(client(realm, "portal-dev-cli").getJsonObject("attributes"))
        .doesNotContainKey("access.token.lifespan");
  }

  @Test
  void portalUiGetsADevSecretAndKeepsItsProductionSettings() {
    JsonObject ui = client(realm, "portal-ui");
    assertThat(ui.getString("secret")).isEqualTo("${PORTAL_UI_CLIENT_SECRET:dev-portal-ui-secret}");
    assertThat(ui.getBoolean("directAccessGrantsEnabled")).isFalse();
    ProductionRealmTest.assertMappers(ui);
  }

  @Test
  void otpForStaffIsSwitchedOffButTheFlowStaysBound() {
    assertThat(realm.getString("browserFlow")).isEqualTo("portal browser");
    assertThat(ProductionRealmTest.executions(flow(realm, "portal browser forms")))
        .anySatisfy(
            e -> {
              assertThat(e.getString("flowAlias", "")).isEqualTo("portal staff otp");
              assertThat(e.getString("requirement")).isEqualTo("DISABLED");
            })
        .anySatisfy(
            e -> {
              assertThat(e.getString("authenticator", "")).isEqualTo("auth-username-password-form");
              assertThat(e.getString("requirement")).isEqualTo("REQUIRED");
            });
  }

  @Test
  void keepsEverythingElseFromProduction() {
    JsonObject production = Realms.production();
    assertThat(realm.getString("passwordPolicy")).isEqualTo(production.getString("passwordPolicy"));
    assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
    assertThat(realm.getJsonArray("authenticationFlows"))
        .hasSameSizeAs(production.getJsonArray("authenticationFlows"));
    assertThat(realm.getJsonObject("roles")).isEqualTo(production.getJsonObject("roles"));
  }
}
