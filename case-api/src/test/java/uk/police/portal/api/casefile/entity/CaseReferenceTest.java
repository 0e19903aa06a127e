package uk.police.portal.api.casefile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseReferenceTest {

  @Test
  void looksLikeAReferenceAndReadsBack() {
    CaseReference reference = CaseReference.random();

    assertThat(reference.value())
        .matches("PC-[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}");
    assertThat(CaseReference.parse(reference.value())).contains(reference);
  }

  @Test
  void typedLooselyIsStillFound() {
    CaseReference reference = CaseReference.random();
    String typed = reference.value().toLowerCase().replace("-", " ").replace("pc ", "");

    assertThat(CaseReference.parse(typed)).contains(reference);
  }

  @Test
  void anySingleWrongCharacterIsCaught() {
    String body = CaseReference.random().value().replace("PC-", "").replace("-", "");
    for (int i = 0; i < body.length(); i++) {
      for (char c : CaseReference.ALPHABET.toCharArray()) {
        if (c != body.charAt(i)) {
          String wrong = body.substring(0, i) + c + body.substring(i + 1);
          assertThat(CaseReference.parse(wrong)).as(wrong).isEmpty();
        }
      }
    }
  }

  @Test
  void swappedNeighboursAreCaught() {
    String body = "C7KQ4AX";
    String reference = body + CaseReference.checkCharacter(body);
    String swapped = "7CKQ4AX" + reference.charAt(7);

    assertThat(CaseReference.parse(reference)).isPresent();
    assertThat(CaseReference.parse(swapped)).isEmpty();
  }

  @Test
  void confusableCharactersNeverAppear() {
    for (int i = 0; i < 2_000; i++) {
      assertThat(CaseReference.random().value().substring(3))
          .doesNotContainPattern("[0O1IL2Z5S8BUV]");
    }
  }

  @Test
  void referencesDoNotRepeatInAFewThousand() {
    Set<CaseReference> seen = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      seen.add(CaseReference.random());
    }
    assertThat(seen).hasSize(5_000);
  }

  @Test
  void nonsenseIsNotAReference() {
    assertThat(CaseReference.parse(null)).isEmpty();
    assertThat(CaseReference.parse("")).isEmpty();
    assertThat(CaseReference.parse("<script>")).isEmpty();
    assertThat(CaseReference.parse("PC-0000-0000")).isEmpty();
    assertThatThrownBy(() -> new CaseReference("PC-AAAA-AAAB"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
