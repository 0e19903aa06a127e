package uk.police.portal.ui.staff.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may open the live-chat pages, decided by the same annotation checker the portal's navigation
 * control uses (a refused person gets the access-denied page).
 */
class ChatPageAccessTest {

  private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

  private boolean mayOpen(Class<?> view, String role) {
    Principal someone = () -> "someone";
    return checker.hasAccess(view, someone, Set.of(role)::contains);
  }

  @Test
  void onlyContactHandlersMayOpenTheConsole() {
    assertThat(mayOpen(HandlerConsoleView.class, "contact-handler")).isTrue();
    for (String role : new String[] {"citizen", "investigator", "supervisor", "admin"}) {
      assertThat(mayOpen(HandlerConsoleView.class, role)).as(role).isFalse();
    }
    assertThat(checker.hasAccess(HandlerConsoleView.class, null, role -> false)).isFalse();
  }

  @Test
  void onlySupervisorsMayOpenTheChatBoard() {
    assertThat(mayOpen(ChatBoardView.class, "supervisor")).isTrue();
    for (String role : new String[] {"citizen", "contact-handler", "investigator", "admin"}) {
      assertThat(mayOpen(ChatBoardView.class, role)).as(role).isFalse();
    }
  }
}
