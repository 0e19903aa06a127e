package uk.police.portal.api.casefile.control;

import uk.police.portal.chatbot.triage.entity.Referral;

/** Where a matter goes instead of a police report, in the words we say it. */
final class Referrals {

  private Referrals() {}

  static String instead(Referral referral) {
    String how = referral.link() + (referral.phone().isEmpty() ? "" : " or " + referral.phone());
    return "This is dealt with by "
        + referral.agency()
        + ", not by a police report: contact them at "
        + how;
  }
}
