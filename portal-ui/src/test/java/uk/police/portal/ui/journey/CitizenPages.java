package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen going through the portal's pages on a phone: every page they land on is checked with
 * axe and photographed, in order, under one name per journey.
 */
final class CitizenPages {

  static final Pattern REFERENCE = Pattern.compile("PC-[A-Z0-9]{4}-[A-Z0-9]{4}");
  private final Browser browser;
  private final String journey;
  private int shot;

  CitizenPages(Browser browser, String journey) {
    this.browser = browser;
    this.journey = journey;
  }

  Page page() {
    return browser.page();
  }

  /** The page's H1 is this, it passes axe, and a screenshot is kept. */
  void at(String heading, String name) {
    assertThat(h1()).hasText(heading);
    seen(name);
  }

  void seen(String name) {
    Accessibility.assertNoViolations(page());
    shot++;
    browser.screenshot(journey + "-" + (shot < 10 ? "0" : "") + shot + "-" + name);
  }

  Locator h1() {
    return page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  void choose(String label) {
    page().getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
  }

  void type(String label, String text) {
    page().getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(text);
  }

  Locator field(String label) {
    return page().getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }

  void next() {
    page().locator("#continue").click();
  }

  void button(String name) {
    page()
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
        .click();
  }

  void link(String name) {
    page()
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
        .click();
  }

  /** An error summary at the top naming this problem, and the same message beside the field. */
  void problem(String message) {
    Locator summary = page().locator(".error-summary");
    assertThat(summary).isVisible();
    assertThat(summary).hasAttribute("role", "alert");
    assertThat(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
    assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(message)))
        .isVisible();
    assertThat(
            page()
                .locator(".error-message")
                .filter(new Locator.FilterOptions().setHasText(message)))
        .isVisible();
    assertThat(page()).hasTitle(Pattern.compile("^Error: .*"));
  }

  /** On the start page of a report: starts afresh, whether or not a draft was left before. */
  void startReport() {
    at("Report a crime", "report-start");
    Locator again = page().locator("#start-again");
    if (again.isVisible()) {
      again.click();
    } else {
      page().locator("#start-report").click();
    }
    assertThat(h1()).hasText("What do you want to report?");
  }

  String reference(String text) {
    Matcher m = REFERENCE.matcher(text);
    if (!m.find()) {
      throw new AssertionError("No crime reference in: " + text);
    }
    return m.group();
  }

  /** Subjects of the mail GreenMail caught for an address, waiting for one that mentions this. */
  static List<String> mailSubjects(String address, String mentioning) {
    String port = System.getenv().getOrDefault("PORTAL_MAIL_API_PORT", "18025");
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + port
                + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages");
    HttpClient http = HttpClient.newHttpClient();
    Instant giveUp = Instant.now().plusSeconds(30);
    List<String> subjects = new ArrayList<>();
    while (Instant.now().isBefore(giveUp)) {
      subjects.clear();
      try {
        String body =
            http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("\"subject\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
        while (m.find()) {
          subjects.add(m.group(1));
        }
        if (subjects.stream().anyMatch(s -> s.contains(mentioning))) {
          return subjects;
        }
        Thread.sleep(500);
      } catch (java.io.IOException e) {
        // GreenMail not answering yet: try again until the deadline.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return subjects;
  }
}
