package uk.police.portal.evidencestore.intake.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginalNameTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "../../etc/passwd|passwd",
        "C:\\Users\\Alice\\Pictures\\IMG_0042.JPG|IMG_0042.JPG",
        "/var/www/../../photo.jpg|photo.jpg",
        "..|unnamed",
        "''|unnamed",
        "   |unnamed",
        ".bashrc|bashrc",
        "report.pdf.   |report.pdf",
        "what?<happened>|what__happened_",
        "café – witness.docx|café – witness.docx",
        "Фото 1.jpg|Фото 1.jpg",
      })
  void pathsAndTricksAreCleanedAway(String raw, String clean) {
    assertThat(OriginalName.clean(raw).value()).isEqualTo(clean);
  }

  @Test
  void controlAndInvisibleCharactersAreDropped() {
    assertThat(OriginalName.clean("photo\u0000.jpg\n").value()).isEqualTo("photo.jpg");
    assertThat(OriginalName.clean("line1\r\nline2.txt").value()).isEqualTo("line1line2.txt");
    // the right-to-left override makes "photo\u202Egpj.exe" show as "photoexe.jpg"
    OriginalName spoof = OriginalName.clean("photo\u202Egpj.exe");
    assertThat(spoof.value()).isEqualTo("photogpj.exe");
    assertThat(spoof.extension()).contains("exe");
    assertThat(OriginalName.clean("zero\u200Bwidth.png").value()).isEqualTo("zerowidth.png");
  }

  @Test
  void aNullNameIsUnnamed() {
    assertThat(OriginalName.clean(null).value()).isEqualTo(OriginalName.UNNAMED);
  }

  @Test
  void longNamesAreCappedAndKeepTheirExtension() {
    OriginalName name = OriginalName.clean("a".repeat(500) + ".jpeg");
    assertThat(name.value()).hasSize(OriginalName.MAX_LENGTH).endsWith("a.jpeg");
    assertThat(OriginalName.clean("😀".repeat(300)).value().codePointCount(0, 400))
        .isEqualTo(OriginalName.MAX_LENGTH);
  }

  @Test
  void cleaningTwiceChangesNothing() {
    for (String raw : new String[] {"../x/ y .jpg.", "a".repeat(300) + ".txt", "é\u0301.png"}) {
      OriginalName once = OriginalName.clean(raw);
      assertThat(OriginalName.clean(once.value())).isEqualTo(once);
    }
  }

  @Test
  void theExtensionIsLowerCaseWithoutTheDot() {
    assertThat(OriginalName.clean("IMG_0001.HEIC").extension()).contains("heic");
    assertThat(OriginalName.clean("README").extension()).isEmpty();
    assertThat(OriginalName.clean("archive.tar.gz").extension()).contains("gz");
    assertThat(OriginalName.clean("notes.not an extension").extension()).isEmpty();
  }

  @Test
  void metadataGetsAsciiAndGivesTheSameNameBack() {
    OriginalName name = OriginalName.clean("Фото café + 100%.jpg");
    String encoded = name.forMetadata();
    assertThat(encoded).matches("[A-Za-z0-9%._~-]+");
    assertThat(OriginalName.fromMetadata(encoded)).isEqualTo(name);
  }

  @Test
  void anUncleanedNameCannotBeMadeDirectly() {
    assertThatThrownBy(() -> new OriginalName("../passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
