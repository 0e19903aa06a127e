package uk.police.portal.api.livechat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.police.portal.api.platform.entity.FieldError;
import uk.police.portal.api.platform.entity.InvalidRequestException;

class TypedMessageTest {

  private static TypedMessage checked(String clientId, String text) {
    return new TypedMessage(clientId, text).checked();
  }

  private static InvalidRequestException refused(String clientId, String text) {
    return (InvalidRequestException)
        assertThatThrownBy(() -> checked(clientId, text))
            .isInstanceOf(InvalidRequestException.class)
            .actual();
  }

  @Test
  void textIsKeptAsTypedWithoutSurroundingSpaceAndWithPlainNewLines() {
    assertThat(checked("m-1", "  line one\r\nline\ttwo\r  ").text())
        .isEqualTo("line one\nline\ttwo");
  }

  @Test
  void anEmptyMessageIsRefused() {
    assertThat(refused("m-1", " \n\t ").getMessage()).contains("Write a message");
    assertThat(refused("m-1", null).errors()).extracting(FieldError::field).containsExactly("text");
  }

  @Test
  void twoThousandCharactersFitAndOneMoreDoesNot() {
    assertThat(checked("m-1", "a".repeat(2000)).text()).hasSize(2000);
    assertThat(refused("m-1", "a".repeat(2001)).getMessage())
        .contains("at most 2000 characters")
        .contains("2001");
  }

  @Test
  void anEmojiCountsAsOneCharacter() {
    String emoji = "\uD83D\uDE00";
    assertThat(checked("m-1", emoji.repeat(2000)).text()).isEqualTo(emoji.repeat(2000));
  }

  @Test
  void controlCharactersOtherThanNewLineAndTabAreRefused() {
    assertThat(refused("m-1", "ring the bell\u0007").getMessage()).contains("control characters");
    assertThat(refused("m-1", "nul\u0000").getMessage()).contains("control characters");
  }

  @Test
  void theClientIdIsShortAndPlain() {
    assertThat(checked("Ab_9-" + "x".repeat(59), "hi").clientId()).hasSize(64);
    for (String bad : new String[] {null, "", "x".repeat(65), "has space", "semi;colon", "é"}) {
      assertThat(refused(bad, "hi").errors())
          .extracting(FieldError::field)
          .as(String.valueOf(bad))
          .containsExactly("clientId");
    }
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    assertThat(refused("bad id", "").errors())
        .extracting(FieldError::field)
        .containsExactly("clientId", "text");
  }
}
