package uk.police.portal.realm;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmOverlayTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  @Test
  void objectsMergeRecursivelyAndOverlayValuesWin() {
    JsonObject merged =
        RealmOverlay.merge(
            json("{'realm':'portal','smtp':{'host':'mail','port':'25'},'on':true}"),
            json("{'smtp':{'port':'3025'},'on':false,'extra':1}"));

    assertThat(merged)
        .isEqualTo(
            json("{'realm':'portal','smtp':{'host':'mail','port':'3025'},'on':false,'extra':1}"));
  }

  @Test
  void entriesWithTheSameNaturalKeyAreExtendedAndNewOnesAppended() {
    JsonObject merged =
        RealmOverlay.merge(
            json("{'clients':[{'clientId':'ui','public':false,'uris':['a']},{'clientId':'api'}]}"),
            json("{'clients':[{'clientId':'cli','public':true},{'clientId':'ui','secret':'s'}]}"));

    assertThat(merged)
        .isEqualTo(
            json(
                "{'clients':[{'clientId':'ui','public':false,'uris':['a'],'secret':'s'},"
                    + "{'clientId':'api'},{'clientId':'cli','public':true}]}"));
  }

  @Test
  void eachKindOfKeycloakEntryMergesByItsOwnKey() {
    JsonObject merged =
        RealmOverlay.merge(
            json(
                "{'users':[{'username':'alice','name':'A'}],'flows':[{'alias':'f','x':1}],"
                    + "'scopeMappings':[{'client':'ui','roles':['citizen']}]}"),
            json(
                "{'users':[{'username':'alice','enabled':true}],'flows':[{'alias':'f','x':2}],"
                    + "'scopeMappings':[{'client':'cli','roles':['admin']}]}"));

    assertThat(merged.getJsonArray("users"))
        .containsExactly(json("{'username':'alice','name':'A','enabled':true}"));
    assertThat(merged.getJsonArray("flows")).containsExactly(json("{'alias':'f','x':2}"));
    assertThat(merged.getJsonArray("scopeMappings")).hasSize(2);
  }

  @Test
  void arraysWithoutANaturalKeyAreReplacedWhole() {
    JsonObject merged =
        RealmOverlay.merge(
            json("{'uris':['a','b'],'steps':[{'requirement':'REQUIRED'},{'requirement':'X'}]}"),
            json("{'uris':['c'],'steps':[{'requirement':'DISABLED'}]}"));

    assertThat(merged).isEqualTo(json("{'uris':['c'],'steps':[{'requirement':'DISABLED'}]}"));
  }

  @Test
  void theBaseIsLeftUntouched() {
    JsonObject base = json("{'clients':[{'clientId':'ui'}]}");

    RealmOverlay.merge(base, json("{'clients':[{'clientId':'ui','secret':'s'}]}"));

    assertThat(base).isEqualTo(json("{'clients':[{'clientId':'ui'}]}"));
  }

  @Test
  void mainWritesTheMergedRealmAndCreatesDirectories(@TempDir Path dir) throws Exception {
    Path base = Files.writeString(dir.resolve("base.json"), "{\"realm\":\"portal\",\"a\":1}");
    Path overlay = Files.writeString(dir.resolve("overlay.json"), "{\"a\":2}");
    Path output = dir.resolve("out/dev/realm.json");

    RealmOverlay.main(base.toString(), overlay.toString(), output.toString());

    assertThat(RealmOverlay.read(output)).isEqualTo(json("{'realm':'portal','a':2}"));
  }
}
