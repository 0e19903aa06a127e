package uk.police.portal.api.statement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.statement.entity.Declaration;
import uk.police.portal.api.statement.entity.RenderedStatement;
import uk.police.portal.api.statement.entity.SignedStatement;

class StatementPdfTest {

  static final String ACCOUNT =
      "On Tuesday 3 March 2026 at about 9pm I was standing at the bus stop outside the library"
          + " on Chamberlain Square when I saw a man in a red coat kick the café door.";

  @Test
  void aShortStatementIsOnePageWithItsDeclarationSignatureAndAContactPage() throws IOException {
    RenderedStatement rendered = StatementPdf.render(statement(ACCOUNT, null));

    assertThat(rendered.pages()).isEqualTo(1);
    assertThat(rendered.replacedCharacters()).isFalse();
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(pdf.getNumberOfPages()).as("the statement and its contact page").isEqualTo(2);
      String first = words(pdf, 1);
      assertThat(first)
          .contains("Witness statement")
          .contains("Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B")
          .contains("Case reference: PC-2026-4K7Q")
          .contains("Version: 1")
          .contains("Name: Alice Ashworth")
          .contains("Age: Over 18")
          .contains("Occupation: Librarian")
          .contains(ACCOUNT)
          .contains(Declaration.CURRENT.text(1))
          .contains(
              "Signed electronically by Alice Ashworth (portal account alice) on 5 March 2026 at"
                  + " 21:14 (UK time)")
          .contains("Page 1 of 1")
          .doesNotContain("1 Library Street")
          .doesNotContain("07700 900982");
      assertThat(words(pdf, 2))
          .contains(StatementPdf.CONTACT_TITLE)
          .contains("1 Library Street, Birmingham B1 1AA")
          .contains("07700 900982")
          .contains("Signed electronically by Alice Ashworth");
      assertThat(attachment(pdf)).contains(ACCOUNT).doesNotContain("Library Street");
    }
  }

  @Test
  void aLongAccountRunsOnToMorePagesEachWithTheDeclarationAndItsPageNumber() throws IOException {
    String longAccount = (ACCOUNT + "\n\n").repeat(60);

    RenderedStatement rendered = StatementPdf.render(statement(longAccount, null));

    assertThat(rendered.pages()).isGreaterThan(3);
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages() + 1);
      for (int page = 1; page <= rendered.pages(); page++) {
        assertThat(words(pdf, page))
            .as("page " + page)
            .contains(Declaration.CURRENT.text(rendered.pages()))
            .contains("Signed electronically by Alice Ashworth (portal account alice)")
            .contains("Page " + page + " of " + rendered.pages());
      }
      assertThat(words(pdf, 2))
          .contains("Witness statement of Alice Ashworth")
          .contains("continued");
      assertThat(words(pdf, 1) + words(pdf, 2)).contains(ACCOUNT);
    }
  }

  @Test
  void oneVeryLongWordIsBrokenAcrossLinesNotCutOff() throws IOException {
    String word = "a".repeat(600);

    RenderedStatement rendered = StatementPdf.render(statement("It went " + word, null));

    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(words(pdf, 1).replace(" ", "")).contains(word);
    }
  }

  @Test
  void aCorrectionSaysWhichVersionItCorrectsAndWhy() throws IOException {
    SignedStatement correction =
        new SignedStatement(
            "PC-2026-4K7Q",
            2,
            1,
            "The coat was red, not blue.",
            "Alice Ashworth",
            LocalDate.of(2010, 3, 27),
            null,
            "1 Library Street",
            null,
            ACCOUNT,
            "alice",
            OffsetDateTime.parse("2026-07-01T08:05:00Z"),
            Declaration.CURRENT);

    try (PDDocument pdf = Loader.loadPDF(StatementPdf.render(correction).pdf())) {
      assertThat(words(pdf, 1))
          .contains("Version: 2")
          .contains("This corrects version 1: The coat was red, not blue.")
          .contains("Date of birth: 27 March 2010 (under 18)")
          .contains("on 1 July 2026 at 09:05 (UK time)");
      assertThat(words(pdf, 2)).contains("Phone: not given");
    }
  }

  @Test
  void polishUrduAndEmojiNeverCrashAreShownAsReplacedAndKeptExactlyInTheAttachment()
      throws IOException {
    String account =
        "Zażółć gęślą jaźń — widziałem mężczyznę. میں نے ایک آدمی کو دیکھا۔ He laughed 😀👍🏽 and ran.";

    RenderedStatement rendered = StatementPdf.render(statement(account, "Łukasz Żółw"));

    assertThat(rendered.replacedCharacters()).isTrue();
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      String page = words(pdf, 1);
      assertThat(page)
          .contains("Zażółć gęślą jaźń — widziałem mężczyznę.")
          .contains("Name: Łukasz Żółw")
          .contains("He laughed " + StatementFont.REPLACEMENT)
          .doesNotContain("میں")
          .contains("attached to this PDF as the file statement.txt");
      assertThat(page.chars().filter(c -> c == StatementFont.REPLACEMENT.charAt(0)).count())
          .as("one visible mark for each character that cannot be drawn")
          .isGreaterThan(15);
      assertThat(attachment(pdf)).contains(account).contains("Name: Łukasz Żółw");
    }
  }

  static SignedStatement statement(String account, String name) {
    return new SignedStatement(
        "PC-2026-4K7Q",
        1,
        null,
        null,
        name == null ? "Alice Ashworth" : name,
        null,
        "Librarian",
        "1 Library Street, Birmingham B1 1AA",
        "07700 900982",
        account,
        "alice",
        OffsetDateTime.parse("2026-03-05T21:14:09Z"),
        Declaration.CURRENT);
  }

  /** The page's text with every run of white space as one space, as a reader takes it in. */
  static String words(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  static String attachment(PDDocument pdf) throws IOException {
    PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
    PDComplexFileSpecification spec =
        names.getEmbeddedFiles().getNames().get(StatementPdf.ATTACHMENT);
    return new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
  }
}
