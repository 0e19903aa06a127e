package uk.police.portal.chatbot.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTest {

  @Test
  void slangIsReadAsThePlainWord() {
    assertThat(MessageText.words("my bike got nicked")).containsSubsequence("nicked", "stolen");
  }

  @Test
  void inflectedWordsInOtherLanguagesAreGlossedToTheEnglishTheModelKnows() {
    assertThat(MessageText.words("ukradziono mi portfel")).contains("stolen", "wallet");
    assertThat(MessageText.words("mi exmarido me amenazó")).contains("threatened");
    assertThat(MessageText.words("سرقوا سيارتي")).contains("stolen", "car");
  }

  @Test
  void englishWordsThatLookLikeAForeignStemAreLeftAlone() {
    assertThat(MessageText.words("nothing further to add, he insulted me"))
        .doesNotContain("stolen", "racist");
  }
}
