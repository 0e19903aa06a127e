package uk.police.portal.ui.caseapi.entity;

/**
 * Messages up to {@code seq} have reached a party (CITIZEN or HANDLER): the other side shows ✓✓.
 * The party is left out when the portal says what the citizen received.
 */
public record ChatReceipt(String party, int seq) {

  public static ChatReceipt upTo(int seq) {
    return new ChatReceipt(null, seq);
  }
}
