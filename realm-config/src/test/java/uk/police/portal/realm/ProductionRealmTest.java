package uk.police.portal.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.realm.Realms.PORTAL_ROLES;
import static uk.police.portal.realm.Realms.STAFF_ROLES;
import static uk.police.portal.realm.Realms.client;
import static uk.police.portal.realm.Realms.flow;
import static uk.police.portal.realm.Realms.realmRole;
import static uk.police.portal.realm.Realms.strings;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProductionRealmTest {

  private final JsonObject realm = Realms.production();

  @Test
  void holdsNoUsersNoCredentialsAndNoDevClients() {
    assertThat(Realms.objects(realm, "users")).isEmpty();
    // user credentials are arrays ('credentials' is also a flow condition's config key)
    assertThat(Realms.valuesNamed(realm, "credentials")).noneMatch(JsonArray.class::isInstance);
    assertThat(Realms.objects(realm, "clients").map(c -> c.getString("clientId")))
        .containsExactlyInAnyOrder("portal-ui", "case-api", "portal-policy")
        .noneMatch(id -> id.startsWith("portal-dev-cli"));
  }

  @Test
  void holdsNoSecretOnlyAPlaceholderWithoutDefault() {
    assertThat(Realms.valuesNamed(realm, "secret"))
        .allSatisfy(
            secret ->
                assertThat(((JsonString) secret).getString())
                    .isEqualTo("${PORTAL_UI_CLIENT_SECRET}"));
  }

  @Test
  void usesOnlyThePlaceholdersTheLauncherAndTheReadmeName() throws IOException {
    Matcher placeholders =
        Pattern.compile("\\$\\{([^}:]*)(:[^}]*)?}").matcher(Files.readString(Realms.PRODUCTION));
    while (placeholders.find()) {
      assertThat(placeholders.group(1))
          .isIn(
              "PORTAL_UI_URL",
              "PORTAL_UI_CLIENT_SECRET",
              "PORTAL_SMTP_HOST",
              "PORTAL_SMTP_PORT",
              "PORTAL_SMTP_STARTTLS",
              "PORTAL_MAIL_FROM");
    }
  }

  @Test
  void selfRegistrationMakesACitizenWithAVerifiedEmail() {
    assertThat(realm.getBoolean("registrationAllowed")).isTrue();
    assertThat(realm.getBoolean("verifyEmail")).isTrue();
    assertThat(realm.getBoolean("loginWithEmailAllowed")).isTrue();
    assertThat(realm.getJsonObject("defaultRole").getString("name"))
        .isEqualTo("default-roles-portal");
    assertThat(
            strings(
                realmRole(realm, "default-roles-portal")
                    .getJsonObject("composites")
                    .getJsonArray("realm")))
        .containsExactly("citizen");
    assertThat(realm.getJsonObject("smtpServer").getString("host"))
        .isEqualTo("${PORTAL_SMTP_HOST:127.0.0.1}");
  }

  @Test
  void passwordsNeedTwelveCharactersAndBruteForceIsSlowedDown() {
    String policy = realm.getString("passwordPolicy");
    Matcher length = Pattern.compile("(?<!max)length\\((\\d+)\\)").matcher(policy);
    assertThat(length.find()).isTrue();
    assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
    assertThat(policy).contains("notUsername", "notEmail");

    assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
    assertThat(realm.getInt("failureFactor")).isBetween(3, 10);
    assertThat(realm.getInt("waitIncrementSeconds")).isPositive();
  }

  @Test
  void everyStaffRoleCarriesTheStaffMarkerAndCitizensDoNot() {
    for (String role : STAFF_ROLES) {
      assertThat(
              strings(
                  realmRole(realm, role)
                      .getJsonObject("composites")
                      .getJsonObject("client")
                      .getJsonArray("portal-policy")))
          .as(role)
          .containsExactly("staff");
    }
    assertThat(realmRole(realm, "citizen").getBoolean("composite")).isFalse();
  }

  @Test
  void theBrowserFlowRequiresOtpForStaff() {
    assertThat(realm.getString("browserFlow")).isEqualTo("portal browser");
    assertThat(executions(flow(realm, "portal browser")))
        .anySatisfy(
            e -> {
              assertThat(e.getString("flowAlias", "")).isEqualTo("portal browser forms");
              assertThat(e.getString("requirement")).isEqualTo("ALTERNATIVE");
            });
    assertThat(executions(flow(realm, "portal browser forms")))
        .anySatisfy(
            e -> {
              assertThat(e.getString("flowAlias", "")).isEqualTo("portal staff otp");
              assertThat(e.getString("requirement")).isEqualTo("CONDITIONAL");
            });
    assertThat(executions(flow(realm, "portal staff otp")))
        .extracting(e -> e.getString("authenticator") + "=" + e.getString("requirement"))
        .containsExactly("conditional-user-role=REQUIRED", "auth-otp-form=REQUIRED");

    String configAlias =
        executions(flow(realm, "portal staff otp"))[0].getString("authenticatorConfig");
    JsonObject config =
        Realms.entry(realm, "authenticatorConfig", "alias", configAlias)
            .orElseThrow()
            .getJsonObject("config");
    assertThat(config.getString("condUserRole")).isEqualTo("portal-policy.staff");
    assertThat(config.getString("negate")).isEqualTo("false");
  }

  @Test
  void keepsKeycloaksOtherFlowsSoRegistrationAndResetStillWork() {
    for (String binding :
        new String[] {
          "registrationFlow", "directGrantFlow", "resetCredentialsFlow", "clientAuthenticationFlow"
        }) {
      assertThat(Realms.entry(realm, "authenticationFlows", "alias", realm.getString(binding)))
          .as(binding)
          .isPresent();
    }
  }

  @Test
  void portalUiIsAConfidentialCodeFlowClientWithExactUris() {
    JsonObject ui = client(realm, "portal-ui");

    assertThat(ui.getBoolean("publicClient")).isFalse();
    assertThat(ui.getBoolean("standardFlowEnabled")).isTrue();
    assertThat(ui.getBoolean("implicitFlowEnabled")).isFalse();
    assertThat(ui.getBoolean("directAccessGrantsEnabled")).isFalse();
    assertThat(ui.getBoolean("serviceAccountsEnabled")).isFalse();
    assertThat(strings(ui.getJsonArray("redirectUris")))
        .containsExactly("${PORTAL_UI_URL:http://127.0.0.1:8080}/callback")
        .noneMatch(uri -> uri.contains("*"));
    assertThat(strings(ui.getJsonArray("webOrigins")))
        .containsExactly("${PORTAL_UI_URL:http://127.0.0.1:8080}");
    JsonObject attributes = ui.getJsonObject("attributes");
    assertThat(attributes.getString("post.logout.redirect.uris"))
        .isEqualTo("${PORTAL_UI_URL:http://127.0.0.1:8080}/");
    // Payara's OIDC client cannot send PKCE; requiring it makes every login fail
    assertThat(attributes.containsKey("pkce.code.challenge.method")).isFalse();
  }

  @Test
  void portalUiTokensCarryOnlyThePortalRolesAsGroupsAndCaseApiAsAudience() {
    JsonObject ui = client(realm, "portal-ui");

    assertThat(ui.getBoolean("fullScopeAllowed")).isFalse();
    assertThat(Realms.scopeMappedRoles(realm, "portal-ui"))
        .containsExactlyInAnyOrderElementsOf(PORTAL_ROLES);
    // without 'roles' no realm_access/resource_access claim can leak the staff marker
    assertThat(strings(ui.getJsonArray("defaultClientScopes"))).doesNotContain("roles");
    assertMappers(ui);
  }

  @Test
  void caseApiAndThePolicyClientCannotLogAnyoneIn() {
    for (String clientId : new String[] {"case-api", "portal-policy"}) {
      JsonObject api = client(realm, clientId);
      assertThat(api.getBoolean("bearerOnly")).as(clientId).isTrue();
      assertThat(api.getBoolean("publicClient")).as(clientId).isFalse();
      assertThat(api.getBoolean("standardFlowEnabled")).as(clientId).isFalse();
      assertThat(api.getBoolean("directAccessGrantsEnabled")).as(clientId).isFalse();
      assertThat(api.getBoolean("serviceAccountsEnabled")).as(clientId).isFalse();
    }
  }

  static void assertMappers(JsonObject client) {
    JsonObject audience = mapper(client, "oidc-audience-mapper");
    assertThat(audience.getString("included.client.audience")).isEqualTo("case-api");
    assertThat(audience.getString("access.token.claim")).isEqualTo("true");

    JsonObject groups = mapper(client, "oidc-usermodel-realm-role-mapper");
    assertThat(groups.getString("claim.name")).isEqualTo("groups");
    assertThat(groups.getString("multivalued")).isEqualTo("true");
    assertThat(groups.getString("access.token.claim")).isEqualTo("true");
    assertThat(groups.getString("id.token.claim")).isEqualTo("true");
    assertThat(groups.getString("userinfo.token.claim")).isEqualTo("true");
  }

  private static JsonObject mapper(JsonObject client, String type) {
    return client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
        .filter(m -> type.equals(m.getString("protocolMapper")))
        .findFirst()
        .orElseThrow()
        .getJsonObject("config");
  }

  static JsonObject[] executions(JsonObject flow) {
    return flow.getJsonArray("authenticationExecutions")
        .getValuesAs(JsonObject.class)
        .toArray(JsonObject[]::new);
  }
}
