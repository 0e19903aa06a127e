package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

/** What staff journeys do again and again on the pages, said once. */
final class StaffPages {

  private StaffPages() {}

  static void signInAs(Page page, String username) {
    page.locator("#username").fill(username);
    page.locator("#password").fill(ArrangeThroughApi.PASSWORD);
    page.locator("#kc-login").click();
  }

  static Locator heading(Page page) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Opens one of the case page's actions (a details element) and returns it. */
  static Locator action(Page page, String summary) {
    Locator details =
        page.locator("details.action").filter(new Locator.FilterOptions().setHasText(summary));
    details.locator("summary").click();
    assertThat(details).hasAttribute("open", "");
    return details;
  }

  static void expectConfirmation(Page page, String text) {
    assertThat(page.locator("#confirmation")).hasText(text);
  }

  /** Another person on another phone: a browser context that shares nothing with the first. */
  static Page anotherPhone(Page first) {
    return first
        .context()
        .browser()
        .newContext(new NewContextOptions().setViewportSize(360, 740).setLocale("en-GB"))
        .newPage();
  }

  /** For pages that are not the extension's own page (the second person's phone). */
  static void screenshot(Page page, String name) {
    Path file =
        Path.of(System.getProperty("portal.test.dir", "target"), "screenshots", name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
  }

  /**
   * WCAG 1.4.10 (reflow): on a 360 px wide phone nothing needs scrolling sideways. Staff work at
   * desks, but a supervisor checks the board from a phone too.
   */
  static void assertFitsAPhone(Page page, String name) {
    page.setViewportSize(360, 740);
    Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    screenshot(page, name);
    org.assertj.core.api.Assertions.assertThat(fits)
        .as("no sideways scrolling at 360 px (see " + name + ".png)")
        .isEqualTo(true);
  }
}
