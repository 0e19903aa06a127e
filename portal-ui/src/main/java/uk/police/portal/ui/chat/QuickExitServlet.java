package uk.police.portal.ui.chat;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.logging.Logger;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;

/**
 * The beacon a page sends as it is replaced by the quick exit (anyone may send it; it acts only on
 * the sender's own session). The session forgets its chat, so neither Back nor a return to /chat
 * shows it again, the page's stream stops, and case-api is told, so the handler sees the person
 * left in a hurry while the chat stays open for them for a while.
 */
@WebServlet("/quick-exit")
public class QuickExitServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(QuickExitServlet.class.getName());

  @Inject CaseApiClient caseApi;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    HttpSession session = request.getSession(false);
    Optional<ChatInSession> chat = ChatInSession.in(session);
    ChatInSession.forget(session);
    ChatInSession.stopReaders(session);
    chat.ifPresent(this::tellCaseApi);
  }

  private void tellCaseApi(ChatInSession chat) {
    try {
      caseApi.quickExit(chat.access(chat.signedIn() ? caseApi.bearerIfSignedIn() : null));
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      // The page has gone either way; the chat ends by itself after the hold.
      LOG.warning(() -> "case-api was not told of a quick exit from " + chat + ": " + e);
    }
  }
}
