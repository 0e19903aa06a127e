package uk.police.portal.ui.staff.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The choices offered to staff are copies of case-api's enums (case-api lists no outcomes or key
 * events): read case-api's source so a change there fails here, not in front of a victim.
 */
class ChoicesMatchCaseApiTest {

  private static final Path ENTITY =
      Path.of(System.getProperty("portal.repo.dir", ".."))
          .resolve("case-api/src/main/java/uk/police/portal/api/casefile/entity");

  /** NAME("first", "second") pairs of an enum, with string concatenations joined. */
  private static Map<String, String[]> constants(String file) throws IOException {
    String source = Files.readString(ENTITY.resolve(file)).replaceAll("\"\\s*\\+\\s*\"", "");
    Matcher m =
        Pattern.compile("\\b([A-Z][A-Z_]+)\\(\\s*\"([^\"]*)\"(?:,\\s*(?:\\d+,\\s*)?\"([^\"]*)\")?")
            .matcher(source);
    Map<String, String[]> found = new LinkedHashMap<>();
    while (m.find()) {
      found.put(m.group(1), new String[] {m.group(2), m.group(3)});
    }
    return found;
  }

  @Test
  void outcomesHaveTheSameCodesAndVictimWordsAsCaseApi() throws IOException {
    Map<String, String[]> api = constants("CrimeOutcome.java");
    assertThat(api.keySet())
        .containsExactlyElementsOf(Arrays.stream(OutcomeChoice.values()).map(Enum::name).toList());
    for (OutcomeChoice choice : OutcomeChoice.values()) {
      assertThat(api.get(choice.name())[0]).as(choice + " code").isEqualTo(choice.code());
      assertThat(api.get(choice.name())[1]).as(choice + " words").isEqualTo(choice.forVictim());
    }
  }

  @Test
  void keyEventsAreTheSameAsCaseApis() throws IOException {
    Map<String, String[]> api = constants("KeyEvent.java");
    assertThat(api.keySet())
        .containsExactlyElementsOf(Arrays.stream(KeyEventChoice.values()).map(Enum::name).toList());
    for (KeyEventChoice choice : KeyEventChoice.values()) {
      assertThat(api.get(choice.name())[0]).isEqualTo(choice.description());
    }
  }

  @Test
  void statusesAreTheSameAsCaseApis() throws IOException {
    assertThat(constants("CaseStatus.java").keySet())
        .containsExactlyElementsOf(Arrays.stream(StatusChoice.values()).map(Enum::name).toList());
  }
}
