package uk.police.portal.ui.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's chromium (/usr/bin/chromium) driven by Playwright, no browser download, a fresh context
 * per test on a 360 px wide phone screen. A screenshot of the last page is kept under target/.
 */
public class Browser implements BeforeEachCallback, AfterEachCallback {

  private static final String CHROMIUM = "/usr/bin/chromium";

  static {
    // Vaadin renders after a round trip and the bot answers after a database turn; CI's machine
    // has two cores shared by Payara, Keycloak and Chromium. Set here, for every journey: when
    // it lived in a helper class, a journey run alone waited only Playwright's 5 s.
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
  }

  private Playwright playwright;
  private com.microsoft.playwright.Browser chromium;
  private BrowserContext context;
  private Page page;

  @Override
  public void beforeEach(ExtensionContext test) {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
    openWindow();
  }

  private void openWindow() {
    context =
        chromium.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setLocale("en-GB"));
    page = context.newPage();
    page.setDefaultTimeout(30_000);
  }

  /**
   * Closes the browser and opens it again with nothing kept (no cookies, no session), as after a
   * flat battery: whatever comes back must have come from the server.
   */
  public Page reopen() {
    context.close();
    openWindow();
    return page;
  }

  public Page page() {
    return page;
  }

  /** Keeps what the person saw, for the reviewer and for failures. */
  public void screenshot(String name) {
    Path file =
        Path.of(System.getProperty("portal.test.dir", "target"), "screenshots", name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
  }

  @Override
  public void afterEach(ExtensionContext test) {
    if (page != null) {
      screenshot(
          test.getRequiredTestClass().getSimpleName()
              + "-"
              + test.getDisplayName().replaceAll("[^A-Za-z0-9]+", ""));
    }
    if (playwright != null) {
      playwright.close();
    }
  }
}
