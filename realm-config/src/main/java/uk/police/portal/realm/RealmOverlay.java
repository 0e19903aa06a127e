package uk.police.portal.realm;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays an overlay over a Keycloak realm file: objects merge member by member, arrays of objects
 * merge by their natural key (an overlay entry extends the base entry with the same key, new ones
 * are appended), and any other array or value is replaced by the overlay's.
 *
 * <p>The dev realm is the production realm plus {@code dev-overlay.json}, so the two cannot drift
 * apart: whatever production has, dev has too, unless the overlay says otherwise.
 */
public final class RealmOverlay {

  /** Members that identify an entry in Keycloak's arrays, most specific first. */
  static final List<String> NATURAL_KEYS =
      List.of("clientId", "alias", "username", "name", "client");

  private RealmOverlay() {}

  /** Arguments: base realm file, overlay file, output file (its directories are created). */
  public static void main(String... args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: RealmOverlay <base realm.json> <overlay.json> <output.json>");
      System.exit(2);
    }
    JsonObject merged = merge(read(Path.of(args[0])), read(Path.of(args[1])));
    write(merged, Path.of(args[2]));
  }

  /** The base object with the overlay laid over it; neither argument is changed. */
  public static JsonObject merge(JsonObject base, JsonObject overlay) {
    JsonObjectBuilder merged = Json.createObjectBuilder(base);
    overlay.forEach(
        (member, value) ->
            merged.add(
                member, base.containsKey(member) ? mergeValues(base.get(member), value) : value));
    return merged.build();
  }

  static JsonValue mergeValues(JsonValue base, JsonValue overlay) {
    if (base instanceof JsonObject baseObject && overlay instanceof JsonObject overlayObject) {
      return merge(baseObject, overlayObject);
    }
    if (base instanceof JsonArray baseArray && overlay instanceof JsonArray overlayArray) {
      Optional<String> key = naturalKey(baseArray, overlayArray);
      if (key.isPresent()) {
        return mergeByKey(baseArray, overlayArray, key.get());
      }
    }
    return overlay;
  }

  /** The first natural key that every entry of both arrays carries as a string, if any. */
  static Optional<String> naturalKey(JsonArray base, JsonArray overlay) {
    if (base.isEmpty() && overlay.isEmpty()) {
      return Optional.empty();
    }
    return NATURAL_KEYS.stream()
        .filter(key -> everyEntryHas(base, key) && everyEntryHas(overlay, key))
        .findFirst();
  }

  private static boolean everyEntryHas(JsonArray array, String key) {
    return array.stream()
        .allMatch(
            entry -> entry instanceof JsonObject object && object.get(key) instanceof JsonString);
  }

  private static JsonArray mergeByKey(JsonArray base, JsonArray overlay, String key) {
    Map<String, JsonObject> overlayEntries = new LinkedHashMap<>();
    overlay.forEach(
        entry ->
            overlayEntries.merge(keyOf(entry, key), entry.asJsonObject(), RealmOverlay::merge));
    JsonArrayBuilder merged = Json.createArrayBuilder();
    for (JsonValue entry : base) {
      JsonObject same = overlayEntries.remove(keyOf(entry, key));
      merged.add(same == null ? entry : merge(entry.asJsonObject(), same));
    }
    overlayEntries.values().forEach(merged::add);
    return merged.build();
  }

  private static String keyOf(JsonValue entry, String key) {
    return entry.asJsonObject().getString(key);
  }

  static JsonObject read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  static void write(JsonObject realm, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    StringWriter text = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
      writer.writeObject(realm);
    }
    Files.writeString(file, text.toString().strip() + "\n", StandardCharsets.UTF_8);
  }
}
