package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bob types the address of Alice's case. He sees exactly the page he would see for a reference that
 * does not exist, or is not a reference at all: nothing to tell them apart.
 */
@ExtendWith(PortalServer.class)
class CitizenCannotOpenAnotherCitizensCaseJourney {

  static final String SECRET_PLACE = "Flat 3, 27 Orchard Lane";

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void bobSeesTheSamePageForAlicesCaseAsForOneThatDoesNotExist() throws Exception {
    String alicesCase = reportAsAlice();
    CitizenPages pages = new CitizenPages(browser, "not-yours");
    Page page = browser.page();

    page.navigate(PortalServer.baseUrl() + "/cases/" + alicesCase);
    SignInJourney.signInAs(page, "bob");
    assertThat(page).hasURL(PortalServer.baseUrl() + "/cases/" + alicesCase);
    pages.at("We cannot find a case with that reference", "alices-case");
    String alices = page.locator("main").innerText();
    String alicesTitle = page.title();
    assertThat(alices).doesNotContain(alicesCase, SECRET_PLACE, "Theft");

    String missing = wellFormedButUnused(alicesCase);
    page.navigate(PortalServer.baseUrl() + "/cases/" + missing);
    pages.at("We cannot find a case with that reference", "missing-case");
    assertThat(page.locator("main").innerText()).isEqualTo(alices);
    assertThat(page.title()).isEqualTo(alicesTitle);

    page.navigate(PortalServer.baseUrl() + "/cases/not-a-reference");
    pages.at("We cannot find a case with that reference", "malformed-reference");
    assertThat(page.locator("main").innerText()).isEqualTo(alices);
    assertThat(page.title()).isEqualTo(alicesTitle);
  }

  /**
   * A reference with a right check character (so only a lookup can tell it is not there): the same
   * weighted sum as case-api's CaseReference, over its phone-readable alphabet.
   */
  static String wellFormedButUnused(String taken) {
    String alphabet = "34679ACDEFGHJKMNPQRTWXY";
    for (char c : alphabet.toCharArray()) {
      String body = "3333333".replace('3', c);
      int sum = 0;
      for (int i = 0; i < body.length(); i++) {
        sum += (i + 1) * alphabet.indexOf(body.charAt(i));
      }
      String reference =
          "PC-" + body.substring(0, 4) + "-" + body.substring(4) + alphabet.charAt(sum % 23);
      if (!reference.equals(taken)) {
        return reference;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** Alice's report, sent straight to case-api with her own token (quicker than her journey). */
  private static String reportAsAlice() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String issuer =
        System.getenv().getOrDefault("PORTAL_OIDC_ISSUER", "http://127.0.0.1:18180/realms/portal");
    String form =
        "grant_type=password&client_id=portal-dev-cli&username=alice&password="
            + URLEncoder.encode("Demo-pass-2026!", StandardCharsets.UTF_8);
    String tokens =
        http.send(
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokens);
    assertThat(token.find()).as("a token for alice: " + tokens).isTrue();
    String report =
        """
        {"category":"THEFT","whatHappened":"My purse was taken from my bag.",
         "occurredOn":"%s","location":"%s",
         "victim":{"someoneElse":false},
         "contact":{"byEmail":false,"byPhone":true,"phone":"07700 900 982","byText":false,
                    "mayLeaveMessages":false}}
        """
            .formatted(LocalDate.now(ZoneId.of("Europe/London")).minusDays(2), SECRET_PLACE);
    HttpResponse<String> sent =
        http.send(
            HttpRequest.newBuilder(URI.create(PortalServer.baseUrl() + "/api/reports"))
                .header("Authorization", "Bearer " + token.group(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(report))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    Matcher reference = CitizenPages.REFERENCE.matcher(sent.body());
    assertThat(reference.find()).isTrue();
    return reference.group();
  }
}
