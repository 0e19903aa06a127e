package uk.police.portal.chatbot.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

  private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.load();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|My car was broken into last night and the radio taken",
        "en|bike nicked",
        "en|help",
        "en|sum1 robbed my fone innit",
        "pl|Wczoraj wieczorem ktoś ukradł mi rower sprzed domu",
        "pl|Sąsiad grozi mi od tygodnia",
        "ur|کل رات کسی نے میرے گھر کا دروازہ توڑ دیا",
        "pa|ਕੱਲ੍ਹ ਰਾਤ ਕਿਸੇ ਨੇ ਮੇਰੀ ਕਾਰ ਚੋਰੀ ਕਰ ਲਈ",
        "ar|سرق شخص ما سيارتي من أمام المنزل الليلة الماضية",
        "ro|Aseară cineva mi-a furat bicicleta din fața casei",
        "es|Anoche alguien me robó la bicicleta delante de casa",
        "fr|Hier soir quelqu'un a volé mon vélo devant la maison",
      })
  void identifiesEachLanguageTheBotServes(String expected, String text) {
    assertThat(LANGUAGES.identify(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "eng, en", "pol, pl", "urd, ur", "pan, pa", "pnb, pa", "ara, ar", "ron, ro", "spa, es"
  })
  void mapsOpenNlpCodesToIso6391(String iso3, String iso1) {
    assertThat(LanguageIdentifier.toIso1(iso3)).isEqualTo(iso1);
  }
}
