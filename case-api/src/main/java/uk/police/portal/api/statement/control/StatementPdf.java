package uk.police.portal.api.statement.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import uk.police.portal.api.statement.entity.Declaration;
import uk.police.portal.api.statement.entity.RenderedStatement;
import uk.police.portal.api.statement.entity.SignedStatement;

/**
 * A signed statement as an A4 PDF laid out like the MG11: the witness's details, their account
 * across as many pages as it takes, and on every page the declaration of truth with the number of
 * pages, the electronic signature and "Page X of N". The witness's address and phone come last, on
 * a page of their own that is not part of the statement and is not disclosed with it. The exact
 * words (everything but the contact details) are attached as statement.txt, so a character the font
 * cannot draw is never lost.
 */
public final class StatementPdf {

  static final String ATTACHMENT = "statement.txt";
  static final String CONTACT_TITLE = "Witness contact details \u2014 not to be disclosed";
  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final String LEGISLATION = Declaration.LEGISLATION;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 56;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float BODY = 11;
  private static final float SMALL = 8.5f;

  /** A line of drawable text at a size, with the space to leave above it. */
  private record Line(String text, float size, float gapBefore) {
    float height() {
      return gapBefore + size * 1.35f;
    }
  }

  private final SignedStatement statement;
  private final PDDocument document = new PDDocument();
  private final StatementFont font = StatementFont.embedIn(document);
  private boolean replacedInStatement;

  private StatementPdf(SignedStatement statement) {
    this.statement = statement;
  }

  public static RenderedStatement render(SignedStatement statement) {
    StatementPdf pdf = new StatementPdf(statement);
    try (PDDocument document = pdf.document) {
      return pdf.write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RenderedStatement write() throws IOException {
    List<Line> body = body();
    String signature = font.drawable(signature());
    Line continued = new Line(continued(), SMALL, 0);
    // Every string of the statement has passed through the font: the note is needed or not.
    replacedInStatement = font.replacements() > 0;
    List<List<Line>> pages = paginate(body, footerHeight(signature, 999));
    int count = pages.size();
    for (int i = 0; i < count; i++) {
      List<Line> lines = new ArrayList<>(pages.get(i));
      if (i > 0) lines.add(0, continued);
      draw(lines, footer(signature, i + 1, count));
    }
    draw(contactDetails(signature, count), List.of());
    attachExactText(count);
    describe();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return new RenderedStatement(out.toByteArray(), count, font.replacements() > 0);
  }

  private List<Line> body() {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("Witness statement", 18, 0));
    lines.add(new Line(font.drawable(LEGISLATION), 10, 2));
    add(lines, "Case reference: " + statement.reference(), BODY, 10);
    add(lines, "Version: " + statement.version(), BODY, 0);
    if (statement.correctsVersion() != null) {
      add(lines, correction(), BODY, 0);
    }
    add(lines, "Name: " + statement.fullName(), BODY, 6);
    add(lines, age(), BODY, 0);
    if (statement.occupation() != null) {
      add(lines, "Occupation: " + statement.occupation(), BODY, 0);
    }
    lines.add(new Line("Statement", 13, 12));
    float gap = 4;
    for (String paragraph : statement.account().strip().split("\\R")) {
      if (paragraph.isBlank()) {
        gap = 8;
        continue;
      }
      add(lines, paragraph, BODY, gap);
      gap = 0;
    }
    return lines;
  }

  private List<Line> footer(String signature, int page, int pages) {
    List<Line> lines = new ArrayList<>();
    for (String line : font.wrap(statement.declaration().text(pages), SMALL, WIDTH)) {
      lines.add(new Line(line, SMALL, 0));
    }
    for (String line : font.wrap(signature, SMALL, WIDTH)) {
      lines.add(new Line(line, SMALL, 0));
    }
    if (replacedInStatement) {
      for (String line : font.wrap(replacementNote(), SMALL, WIDTH)) {
        lines.add(new Line(line, SMALL, 0));
      }
    }
    lines.add(
        new Line(
            "Case "
                + statement.reference()
                + ", statement version "
                + statement.version()
                + ". Page "
                + page
                + " of "
                + pages,
            SMALL,
            3));
    return lines;
  }

  private float footerHeight(String signature, int pagesAtMost) {
    return 14
        + footer(signature, pagesAtMost, pagesAtMost).stream()
            .map(Line::height)
            .reduce(0f, Float::sum);
  }

  private List<List<Line>> paginate(List<Line> body, float footerHeight) {
    float room = PAGE.getHeight() - 2 * MARGIN - footerHeight;
    float continuedHeight = new Line("", SMALL, 0).height() + 8;
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    float used = 0;
    for (Line line : body) {
      float height = page.isEmpty() ? line.height() - line.gapBefore() : line.height();
      if (!page.isEmpty() && used + height > room) {
        pages.add(page);
        page = new ArrayList<>();
        used = continuedHeight;
        height = line.height() - line.gapBefore();
      }
      page.add(line);
      used += height;
    }
    pages.add(page);
    return pages;
  }

  private List<Line> contactDetails(String signature, int pages) {
    int before = font.replacements();
    List<Line> lines = new ArrayList<>();
    for (String line : font.wrap(CONTACT_TITLE, 14, WIDTH)) lines.add(new Line(line, 14, 0));
    add(lines, "This page is not part of the statement and is not disclosed with it.", 10, 4);
    add(lines, "Case reference: " + statement.reference(), BODY, 10);
    add(lines, "Statement version: " + statement.version(), BODY, 0);
    add(lines, "Name: " + statement.fullName(), BODY, 0);
    lines.add(new Line("Address:", BODY, 6));
    for (String part : statement.address().strip().split("\\R")) {
      if (!part.isBlank()) add(lines, part, BODY, 0);
    }
    String phone = statement.phone() == null ? "not given" : statement.phone().strip();
    add(lines, "Phone: " + phone, BODY, 6);
    for (String line : font.wrap(signature, SMALL, WIDTH)) lines.add(new Line(line, SMALL, 16));
    lines.add(new Line("Contact details for the " + pages + "-page statement above.", SMALL, 3));
    if (font.replacements() > before) {
      // The contact details are not in the attachment (it goes wherever the statement goes).
      add(
          lines,
          StatementFont.REPLACEMENT
              + " marks a character this PDF cannot show. Ask the witness to confirm these"
              + " details.",
          SMALL,
          3);
    }
    return lines;
  }

  /** Wraps typed text into lines, passing it through the font first. */
  private void add(List<Line> lines, String typed, float size, float gapBefore) {
    float gap = gapBefore;
    for (String line : font.wrap(font.drawable(typed), size, WIDTH)) {
      lines.add(new Line(line, size, gap));
      gap = 0;
    }
  }

  private void draw(List<Line> body, List<Line> footer) throws IOException {
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      float y = PAGE.getHeight() - MARGIN;
      boolean first = true;
      for (Line line : body) {
        y -= first ? line.height() - line.gapBefore() : line.height();
        text(content, line, y);
        first = false;
      }
      if (footer.isEmpty()) return;
      float footerTop = MARGIN + footer.stream().map(Line::height).reduce(0f, Float::sum);
      content.moveTo(MARGIN, footerTop + 8);
      content.lineTo(MARGIN + WIDTH, footerTop + 8);
      content.setLineWidth(0.5f);
      content.stroke();
      y = footerTop;
      for (Line line : footer) {
        y -= line.height();
        text(content, line, y);
      }
    }
  }

  private void text(PDPageContentStream content, Line line, float y) throws IOException {
    if (line.text().isEmpty()) return;
    content.beginText();
    content.setFont(font.font(), line.size());
    content.newLineAtOffset(MARGIN, y + line.size() * 0.25f);
    content.showText(line.text());
    content.endText();
  }

  private void attachExactText(int pages) throws IOException {
    byte[] text = exactText(pages).getBytes(StandardCharsets.UTF_8);
    PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(text));
    file.setSubtype("text/plain");
    file.setSize(text.length);
    file.setCreationDate(GregorianCalendar.from(statement.signedAt().toZonedDateTime()));
    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(ATTACHMENT);
    spec.setFileUnicode(ATTACHMENT);
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.setFileDescription("The statement exactly as written, in UTF-8");
    PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
    files.setNames(Map.of(ATTACHMENT, spec));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setEmbeddedFiles(files);
    document.getDocumentCatalog().setNames(names);
  }

  /** The statement's words exactly as typed; the contact details are left out, as on disclosure. */
  String exactText(int pages) {
    StringBuilder text =
        new StringBuilder("Witness statement\n")
            .append(LEGISLATION)
            .append("\nCase reference: ")
            .append(statement.reference())
            .append("\nVersion: ")
            .append(statement.version());
    if (statement.correctsVersion() != null) text.append('\n').append(correction());
    text.append("\nName: ").append(statement.fullName()).append('\n').append(age());
    if (statement.occupation() != null) {
      text.append("\nOccupation: ").append(statement.occupation());
    }
    return text.append("\n\nStatement:\n")
        .append(statement.account())
        .append("\n\n")
        .append(statement.declaration().text(pages))
        .append('\n')
        .append(signature())
        .append('\n')
        .toString();
  }

  private void describe() {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(
        "Witness statement, case " + statement.reference() + ", version " + statement.version());
    info.setSubject(LEGISLATION);
    info.setCreator("Police portal case-api");
    info.setCreationDate(GregorianCalendar.from(statement.signedAt().toZonedDateTime()));
  }

  private String correction() {
    return "This corrects version "
        + statement.correctsVersion()
        + ": "
        + statement.correctionReason().strip();
  }

  private String age() {
    return statement.over18()
        ? "Age: Over 18"
        : "Date of birth: " + DAY.format(statement.dateOfBirth()) + " (under 18)";
  }

  private String signature() {
    return "Signed electronically by "
        + statement.fullName().strip()
        + " (portal account "
        + statement.signedAs()
        + ") on "
        + WHEN.format(statement.signedAt().atZoneSameInstant(UK))
        + " (UK time)";
  }

  private String continued() {
    return font.drawable(
        "Witness statement of "
            + statement.fullName().strip()
            + ", case "
            + statement.reference()
            + ", version "
            + statement.version()
            + " (continued)");
  }

  private static String replacementNote() {
    return StatementFont.REPLACEMENT
        + " marks a character this PDF cannot show. The statement exactly as written is attached"
        + " to this PDF as the file "
        + ATTACHMENT
        + ".";
  }
}
