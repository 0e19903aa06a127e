package uk.police.portal.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.police.portal.ui.journey.StaffPages.heading;
import static uk.police.portal.ui.journey.StaffPages.signInAs;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The handler console is for contact handlers and the chat board for supervisors: a citizen, an
 * investigator and an administrator opening the console get the access-denied page, and so does a
 * contact handler opening the board. Nothing of a chat is on the refused pages.
 */
@ExtendWith(PortalServer.class)
class ChatPagesRefuseOtherRolesJourney {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void citizenInvestigatorAndAdministratorCannotOpenTheHandlerConsole() {
    Page page = browser.page();
    for (String who : new String[] {"alice", "ian", "ada"}) {
      page.navigate(PortalServer.baseUrl() + "/staff/chats");
      signInAs(page, who);
      assertThat(heading(page)).hasText("You cannot see this page");
      assertThat(page.locator(".chat-console")).hasCount(0);
      assertThat(page.getByText("Your availability")).hasCount(0);
      page = browser.reopen();
    }
  }

  @Test
  void aContactHandlerCannotOpenTheChatBoard() {
    Page page = browser.page();
    page.navigate(PortalServer.baseUrl() + "/staff/chat-board");
    signInAs(page, "hannah");

    assertThat(heading(page)).hasText("You cannot see this page");
    assertThat(page.locator(".chat-board")).hasCount(0);
    Accessibility.assertNoViolations(page);
  }
}
