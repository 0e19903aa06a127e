package uk.police.portal.chatbot.livechat.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.police.portal.chatbot.livechat.entity.PartnerAgency;
import uk.police.portal.chatbot.triage.control.Wording;
import uk.police.portal.chatbot.triage.entity.Referral;

/**
 * The partner agencies a handler can refer a citizen to: the triage {@link Referral}s, with the
 * names, links and numbers they carry and the bot's own referral wording, so the bot and the
 * handler never tell a citizen two different things.
 */
public final class PartnerAgencies {

  private PartnerAgencies() {}

  public static List<PartnerAgency> all() {
    return Arrays.stream(Referral.values()).map(PartnerAgencies::agency).toList();
  }

  /** The referral named by {@code code}; empty when there is none by that name. */
  public static Optional<Referral> referral(String code) {
    return Arrays.stream(Referral.values()).filter(r -> r.name().equals(code)).findFirst();
  }

  public static PartnerAgency agency(Referral referral) {
    String agency = referral.agency();
    String name = Character.toUpperCase(agency.charAt(0)) + agency.substring(1);
    String how = referral.link() + (referral.phone().isEmpty() ? "" : " or " + referral.phone());
    return new PartnerAgency(referral.name(), name, how);
  }

  /**
   * What the citizen is told, in the chat's language when the bot speaks it: the same words the bot
   * uses when it refers someone itself.
   */
  public static String messageFor(Referral referral, String language) {
    return Wording.in(language).referral(referral);
  }
}
