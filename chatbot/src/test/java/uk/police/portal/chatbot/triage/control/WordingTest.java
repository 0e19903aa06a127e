package uk.police.portal.chatbot.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.portal.chatbot.triage.entity.Category;

class WordingTest {

  @ParameterizedTest
  @ValueSource(strings = {"pl", "ur", "pa", "ar", "ro", "es"})
  void everyLanguageHasItsOwnWordForEveryEnglishKey(String language) throws IOException {
    Properties english = load("Wording.properties");
    Properties own = load("Wording_" + language + ".properties");
    for (String key : english.stringPropertyNames()) {
      if (key.startsWith("describe.")) {
        continue; // English-only natural phrases; other languages name the category
      }
      assertThat(own.getProperty(key)).as(language + " has " + key).isNotBlank();
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var in =
        WordingTest.class.getResourceAsStream("/uk/police/portal/chatbot/triage/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "pl", "ur", "pa", "ar", "ro", "es"})
  void everyMessageMentions999WhereItShould(String language) {
    Wording w = Wording.in(language);
    assertThat(w.say("emergency")).contains("999").contains("18000").contains("emergencySMS");
    assertThat(w.confirm(Category.THEFT)).isNotBlank();
    assertThat(w.language()).isEqualTo(language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "ur"})
  void arabicAndUrduAreRightToLeft(String language) {
    assertThat(Wording.in(language).rightToLeft()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "pl", "pa", "ro", "es"})
  void otherLanguagesAreLeftToRight(String language) {
    assertThat(Wording.in(language).rightToLeft()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void unsupportedLanguageFallsBackToEnglish() {
    assertThat(Wording.in("fr").language()).isEqualTo("en");
    assertThat(Wording.in("fr").confirm(Category.THEFT))
        .isEqualTo("It sounds like something was stolen from you. Is that right?");
  }
}
