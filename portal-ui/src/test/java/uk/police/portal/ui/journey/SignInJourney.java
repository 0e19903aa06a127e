package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person on a phone opens the portal, signs in through Keycloak's real login form, sees the name
 * that case-api returned, and is refused a staff page.
 */
@ExtendWith(PortalServer.class)
class SignInJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void citizenSignsInSeesTheirNameAndIsRefusedTheStaffPage() {
    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Report a crime and follow your case");
    assertThat(page.locator(".warning")).containsText("call 999");
    Accessibility.assertNoViolations(page);
    browser.screenshot("start-page");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
    signInAs(page, "alice");

    // Start now leads a citizen into reporting; their account page names them.
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Report a crime");
    page.navigate(PortalServer.baseUrl() + "/account");
    assertThat(page.locator("#greeting")).hasText("You are signed in as Alice Ashworth.");
    assertThat(page.locator("#roles")).containsText("Member of the public");
    Accessibility.assertNoViolations(page);
    browser.screenshot("account-alice");

    page.navigate(PortalServer.baseUrl() + "/staff");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("You cannot see this page");
    assertThat(page.getByText("Find a case by reference")).hasCount(0);
    Accessibility.assertNoViolations(page);
  }

  @Test
  void contactHandlerMayOpenTheStaffPage() {
    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/staff");
    signInAs(page, "hannah");

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Find a case");
    Accessibility.assertNoViolations(page);
  }

  @Test
  void signingOutEndsTheSessionHereAndAtKeycloak() {
    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/signin");
    signInAs(page, "bob");
    assertThat(page.locator("#greeting")).containsText("You are signed in as");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    page.waitForURL(PortalServer.baseUrl() + "/");
    page.navigate(PortalServer.baseUrl() + "/account");

    // Keycloak asks for the password again: its session ended too.
    assertThat(page.locator("#username")).isVisible();
  }

  /** Keycloak's own login form, as a person fills it in. */
  static void signInAs(Page page, String username) {
    page.locator("#username").fill(username);
    page.locator("#password").fill("Demo-pass-2026!");
    page.locator("#kc-login").click();
  }
}
