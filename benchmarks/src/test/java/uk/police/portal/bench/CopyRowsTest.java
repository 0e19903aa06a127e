package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

  @Test
  void nullIsBackslashN() {
    assertThat(CopyRows.field(null)).isEqualTo("\\N");
  }

  @Test
  void charactersThatWouldEndAFieldOrARowAreEscaped() {
    assertThat(CopyRows.field("a\tb\nc\rd\\e")).isEqualTo("a\\tb\\nc\\rd\\\\e");
  }

  @Test
  void otherValuesAreTheirText() {
    assertThat(CopyRows.field(42)).isEqualTo("42");
    assertThat(CopyRows.field("{\"a\": \"é\"}")).isEqualTo("{\"a\": \"é\"}");
  }
}
