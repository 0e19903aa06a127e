package uk.police.portal.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
                    + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                    + ".map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target)"
                    + ".join(', '))");
    assertThat(violations).as("accessibility violations on " + page.url()).isEmpty();
  }

  private static String load() {
    String path =
        "META-INF/resources/webjars/axe-core/"
            + System.getProperty("axe-core.version", "4.6.3")
            + "/axe.min.js";
    try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("axe-core is not on the test classpath at " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
