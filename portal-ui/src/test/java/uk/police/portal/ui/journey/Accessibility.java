package uk.police.portal.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs axe-core (Deque's accessibility engine, from its WebJar) on the page a person is looking at,
 * for the WCAG 2.0 and 2.1 A and AA rules. It cannot judge everything (plain English, sensible
 * focus order, WCAG 2.2's target size in this version): it catches what a machine can.
 */
final class Accessibility {

  private static final String AXE = load();

  private Accessibility() {}

  static void assertNoViolations(Page page) {
    page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
    @SuppressWarnings("unchecked")
    List<String> violations =
        (List<String>)
            page.evaluate(
                "async () => (await axe.run(document, {runOnly: {type: 'tag', values:"
                    + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})).violations"
                    + ".map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target)"
                    + ".join(', '))");
    assertThat(violations).as("accessibility violations on " + page.url()).isEmpty();
  }

  private static String load() {
    Path script = Path.of(System.getProperty("portal.test.axe", "target/axe/package/axe.min.js"));
    try {
      return Files.readString(script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "axe-core is missing at " + script + " (the build fetches it)", e);
    }
  }
}
