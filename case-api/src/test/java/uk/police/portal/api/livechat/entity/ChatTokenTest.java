package uk.police.portal.api.livechat.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatTokenTest {

  @Test
  void aTokenIs32RandomBytesInBase64Url() {
    ChatToken one = ChatToken.random();
    ChatToken two = ChatToken.random();

    assertThat(one.value()).matches("[A-Za-z0-9_-]{43}");
    assertThat(one.value()).isNotEqualTo(two.value());
  }

  @Test
  void onlyTheHashIsKeptAndItOpensTheChatOnlyWithTheSameToken() {
    ChatToken token = ChatToken.random();
    String stored = token.sha256();

    assertThat(stored).matches("[0-9a-f]{64}").doesNotContain(token.value());
    assertThat(ChatToken.matches(token.value(), stored)).isTrue();
    assertThat(ChatToken.matches(ChatToken.random().value(), stored)).isFalse();
    assertThat(ChatToken.matches(token.value().substring(1), stored)).isFalse();
  }

  @Test
  void missingOrMalformedTokensAndHashesNeverMatch() {
    String stored = new ChatToken("abc").sha256();

    assertThat(ChatToken.matches(null, stored)).isFalse();
    assertThat(ChatToken.matches("", stored)).isFalse();
    assertThat(ChatToken.matches("abc", null)).isFalse();
    assertThat(ChatToken.matches("abc", "z".repeat(64))).isFalse();
    assertThat(ChatToken.matches("abc", stored.substring(2))).isFalse();
  }

  @Test
  void theKnownSha256OfAToken() {
    // echo -n abc | sha256sum
    assertThat(new ChatToken("abc").sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aTokenNeverShowsInALogLine() {
    assertThat(ChatToken.random().toString()).isEqualTo("ChatToken[hidden]");
  }
}
