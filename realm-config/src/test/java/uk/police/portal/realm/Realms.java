package uk.police.portal.realm;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The realm files of this module, read the way the build reads them, and lookups into them. */
final class Realms {

  static final Path PRODUCTION = Path.of("src/main/keycloak/portal-realm.json");
  static final Path DEV_OVERLAY = Path.of("src/main/keycloak/dev-overlay.json");
  static final Path BUILT_DEV = Path.of("target/keycloak-dev/portal-realm.json");
  static final List<String> PORTAL_ROLES =
      List.of("citizen", "contact-handler", "investigator", "supervisor", "admin");
  static final List<String> STAFF_ROLES =
      List.of("contact-handler", "investigator", "supervisor", "admin");

  private Realms() {}

  static JsonObject production() {
    return read(PRODUCTION);
  }

  static JsonObject dev() {
    return RealmOverlay.merge(production(), read(DEV_OVERLAY));
  }

  static JsonObject read(Path file) {
    try {
      return RealmOverlay.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<JsonObject> objects(JsonObject realm, String arrayMember) {
    return realm.getJsonArray(arrayMember) == null
        ? Stream.empty()
        : realm.getJsonArray(arrayMember).getValuesAs(JsonObject.class).stream();
  }

  static Optional<JsonObject> entry(
      JsonObject realm, String arrayMember, String key, String value) {
    return objects(realm, arrayMember)
        .filter(o -> value.equals(o.getString(key, null)))
        .findFirst();
  }

  static JsonObject client(JsonObject realm, String clientId) {
    return entry(realm, "clients", "clientId", clientId).orElseThrow();
  }

  static JsonObject flow(JsonObject realm, String alias) {
    return entry(realm, "authenticationFlows", "alias", alias).orElseThrow();
  }

  static JsonObject realmRole(JsonObject realm, String name) {
    return realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
        .filter(r -> name.equals(r.getString("name")))
        .findFirst()
        .orElseThrow();
  }

  static List<String> strings(JsonArray array) {
    return array == null
        ? List.of()
        : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  static List<String> scopeMappedRoles(JsonObject realm, String clientId) {
    return objects(realm, "scopeMappings")
        .filter(m -> clientId.equals(m.getString("client", null)))
        .flatMap(m -> strings(m.getJsonArray("roles")).stream())
        .toList();
  }

  /** Every value of a member with this name, anywhere in the document. */
  static Stream<JsonValue> valuesNamed(JsonValue value, String name) {
    if (value instanceof JsonObject object) {
      return object.entrySet().stream()
          .flatMap(
              e ->
                  Stream.concat(
                      e.getKey().equals(name) ? Stream.of(e.getValue()) : Stream.empty(),
                      valuesNamed(e.getValue(), name)));
    }
    if (value instanceof JsonArray array) {
      return array.stream().flatMap(v -> valuesNamed(v, name));
    }
    return Stream.empty();
  }
}
