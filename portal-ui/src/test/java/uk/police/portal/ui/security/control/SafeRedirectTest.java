package uk.police.portal.ui.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectTest {

  @Test
  void keepsPathsOnThisSite() {
    assertThat(SafeRedirect.target("/staff")).isEqualTo("/staff");
    assertThat(SafeRedirect.target("/cases/AB12?tab=messages"))
        .isEqualTo("/cases/AB12?tab=messages");
  }

  @Test
  void neverSendsPeopleToAnotherSite() {
    assertThat(SafeRedirect.target("https://evil.example/phish")).isEqualTo("/account");
    assertThat(SafeRedirect.target("//evil.example/phish")).isEqualTo("/account");
    assertThat(SafeRedirect.target("/\\evil.example")).isEqualTo("/account");
    assertThat(SafeRedirect.target("javascript:alert(1)")).isEqualTo("/account");
    assertThat(SafeRedirect.target("staff")).isEqualTo("/account");
  }

  @Test
  void defaultsToTheAccountPage() {
    assertThat(SafeRedirect.target(null)).isEqualTo("/account");
    assertThat(SafeRedirect.target("  ")).isEqualTo("/account");
    assertThat(SafeRedirect.target("/%zz")).isEqualTo("/account");
  }
}
