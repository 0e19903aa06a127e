package uk.police.portal.evidencestore.storage.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ObjectKeysTest {

  ObjectKeys keys =
      new ObjectKeys(Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void keysAreRandomAndFiledByYearAndMonth() {
    String key = keys.newKey();
    assertThat(key).matches("evidence/2026/03/[0-9a-f-]{36}");
    assertThat(keys.newKey()).isNotEqualTo(key);
    assertThat(ObjectKeys.requireGenerated(key)).isEqualTo(key);
  }

  @Test
  void fileNamesAndPathTricksAreNotKeys() {
    for (String name : new String[] {"IMG_0042.jpg", "../etc/passwd", "evidence/2026/03/x", ""}) {
      assertThatThrownBy(() -> ObjectKeys.requireGenerated(name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Not a generated evidence key");
    }
  }
}
