package uk.police.portal.chatbot.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.police.portal.chatbot.livechat.entity.CannedResponse;

class CannedResponsesTest {

  @Test
  void thereAreEnoughToCoverAHandlersDayEachWithItsOwnId() {
    assertThat(CannedResponses.all()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(CannedResponses.all()).extracting(CannedResponse::id).doesNotHaveDuplicates();
    assertThat(CannedResponses.all())
        .allSatisfy(r -> assertThat(r.text()).hasSizeLessThanOrEqualTo(2000).isNotBlank());
  }

  @Test
  void nothingTypedListsThemAll() {
    assertThat(CannedResponses.search(null)).hasSameSizeAs(CannedResponses.all());
    assertThat(CannedResponses.search("  ")).hasSameSizeAs(CannedResponses.all());
  }

  @Test
  void findsByWordsInTitleOrTextWhateverTheCase() {
    assertThat(CannedResponses.search("Safe TALK"))
        .extracting(CannedResponse::id)
        .contains("safe-to-talk");
    assertThat(CannedResponses.search("101 999"))
        .extracting(CannedResponse::id)
        .contains("999-or-101");
    assertThat(CannedResponses.search("postcode"))
        .extracting(CannedResponse::id)
        .contains("location");
  }

  @Test
  void theStartOfAWordIsEnoughButEveryWordMustMatch() {
    assertThat(CannedResponses.search("loc")).extracting(CannedResponse::id).contains("location");
    assertThat(CannedResponses.search("helpline domestic"))
        .extracting(CannedResponse::id)
        .containsExactly("domestic-abuse-helpline");
    assertThat(CannedResponses.search("domestic zebra")).isEmpty();
  }

  @Test
  void theSafetyCheckTellsAboutTheSilentSolution() {
    assertThat(CannedResponses.search("danger now"))
        .first()
        .satisfies(r -> assertThat(r.text()).contains("999").contains("55"));
  }
}
