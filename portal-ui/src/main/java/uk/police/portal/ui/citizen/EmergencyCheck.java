package uk.police.portal.ui.citizen;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;

/**
 * Asks case-api's triage whether something a person wrote sounds like an emergency. Triage takes up
 * to 5,000 characters at a time, so longer text is checked in pieces. When triage cannot answer,
 * the person carries on: the page still shows how to call 999 in its footer.
 */
public final class EmergencyCheck {

  static final int PIECE = 4_800;
  static final int MOST_PIECES = 3;
  private static final Logger LOG = Logger.getLogger(EmergencyCheck.class.getName());

  private EmergencyCheck() {}

  public static boolean soundsLikeEmergency(CaseApiClient caseApi, String text) {
    for (String piece : pieces(text)) {
      try {
        if (caseApi.triage(piece).emergency()) {
          return true;
        }
      } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
        // A message with no words in it is refused; nothing to worry about there.
        LOG.fine(() -> "Triage gave no answer: " + e.getMessage());
      }
    }
    return false;
  }

  static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    String rest = text == null ? "" : text.strip();
    while (!rest.isEmpty() && pieces.size() < MOST_PIECES) {
      int end = Math.min(PIECE, rest.length());
      if (end < rest.length()) {
        int space = rest.lastIndexOf(' ', end);
        end = space > PIECE / 2 ? space : end;
      }
      pieces.add(rest.substring(0, end));
      rest = rest.substring(end).strip();
    }
    return pieces;
  }
}
