package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseReferencesTest {

  @Test
  void checkCharacterIsTheWeightedSumModuloTheAlphabet() {
    // A is the 6th character (index 5): 5 * (1 + 2 + ... + 7) = 140, 140 mod 23 = 2, which is '6'
    assertThat(CaseReferences.checkCharacter("AAAAAAA")).isEqualTo('6');
  }

  @Test
  void hundredThousandReferencesAreUniqueWellFormedAndCarryTheirCheckCharacter() {
    CaseReferences references = new CaseReferences(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      String reference = references.next();
      assertThat(reference).matches("PC-[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}");
      String body = reference.substring(3, 7) + reference.substring(8);
      assertThat(CaseReferences.checkCharacter(body.substring(0, 7))).isEqualTo(body.charAt(7));
      assertThat(seen.add(reference)).as("unique: %s", reference).isTrue();
    }
  }

  @Test
  void theSameSeedGivesTheSameReferences() {
    assertThat(new CaseReferences(7).next()).isEqualTo(new CaseReferences(7).next());
  }
}
