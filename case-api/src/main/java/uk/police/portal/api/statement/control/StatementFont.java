package uk.police.portal.api.statement.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font of a statement PDF, Liberation Sans (shipped inside PDFBox, SIL Open Font Licence),
 * embedded as a subset: Latin with its accents (Polish, Welsh, Romanian...), Greek, Cyrillic. What
 * it cannot draw is shown as □ rather than dropped or crashing the PDF; so is right-to-left text
 * (Arabic, Urdu, Hebrew), which PDFBox would lay out backwards. The exact words are attached to the
 * PDF as well, so nothing the witness wrote is lost.
 */
final class StatementFont {

  static final String REPLACEMENT = "\u25A1";
  private static final String PATH = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final PDType0Font font;
  private final Map<Integer, Boolean> drawable = new HashMap<>();
  private int replaced;

  private StatementFont(PDType0Font font) {
    this.font = font;
  }

  static StatementFont embedIn(PDDocument document) {
    try (InputStream ttf = PDType0Font.class.getResourceAsStream(PATH)) {
      if (ttf == null) throw new IllegalStateException("PDFBox no longer ships " + PATH);
      return new StatementFont(PDType0Font.load(document, ttf, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PDType0Font font() {
    return font;
  }

  /** How many characters of the text passed through {@link #drawable} were replaced or left out. */
  int replacements() {
    return replaced;
  }

  /**
   * The text as this font can draw it, on one line: tabs become spaces; invisible format characters
   * (joiners, variation selectors) are left out; anything else it cannot draw becomes □.
   */
  String drawable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
              } else if (invisible(c)) {
                replaced++;
              } else if (canDraw(c)) {
                out.appendCodePoint(c);
              } else {
                replaced++;
                out.append(REPLACEMENT);
              }
            });
    return out.toString();
  }

  /** Width in points of drawable text at this size. */
  float width(String drawableText, float size) {
    try {
      return font.getStringWidth(drawableText) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drawable text broken into lines no wider than {@code width}; a word too long is split. */
  List<String> wrap(String drawableText, float size, float width) {
    List<String> lines = new ArrayList<>();
    String current = "";
    for (String word : drawableText.split(" +")) {
      if (word.isEmpty()) continue;
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (width(candidate, size) <= width) {
        current = candidate;
        continue;
      }
      if (!current.isEmpty()) lines.add(current);
      while (width(word, size) > width) {
        int cut = longestFit(word, size, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      current = word;
    }
    if (!current.isEmpty() || lines.isEmpty()) lines.add(current);
    return lines;
  }

  private int longestFit(String word, float size, float width) {
    int cut = word.offsetByCodePoints(0, 1);
    while (cut < word.length()) {
      int next = word.offsetByCodePoints(cut, 1);
      if (width(word.substring(0, next), size) > width) break;
      cut = next;
    }
    return cut;
  }

  private boolean canDraw(int c) {
    return drawable.computeIfAbsent(c, this::hasGlyph);
  }

  private boolean hasGlyph(int c) {
    byte direction = Character.getDirectionality(c);
    if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
      return false;
    }
    if (Character.isISOControl(c)) return false;
    try {
      font.encode(new String(Character.toChars(c)));
      return true;
    } catch (IllegalArgumentException | IOException noGlyph) {
      return false;
    }
  }

  private static boolean invisible(int c) {
    return Character.getType(c) == Character.FORMAT
        || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF);
  }
}
