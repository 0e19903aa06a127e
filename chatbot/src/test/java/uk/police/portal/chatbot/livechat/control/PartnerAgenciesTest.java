package uk.police.portal.chatbot.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.portal.chatbot.livechat.entity.PartnerAgency;
import uk.police.portal.chatbot.triage.control.Wording;
import uk.police.portal.chatbot.triage.entity.Referral;

class PartnerAgenciesTest {

  @Test
  void everyTriageReferralIsAnAgencyAHandlerCanChoose() {
    assertThat(PartnerAgencies.all())
        .extracting(PartnerAgency::code)
        .containsExactly("ACTION_FRAUD", "LOCAL_COUNCIL", "RSPCA", "CITIZENS_ADVICE", "NHS_111");
  }

  @ParameterizedTest
  @EnumSource(Referral.class)
  void eachSaysHowToReachItWithTheTriageLinkAndNumber(Referral referral) {
    PartnerAgency agency = PartnerAgencies.agency(referral);
    assertThat(agency.howToContact()).contains(referral.link()).contains(referral.phone());
    assertThat(agency.name()).isEqualToIgnoringCase(referral.agency());
    assertThat(Character.isUpperCase(agency.name().charAt(0))).isTrue();
  }

  @Test
  void theCitizenIsToldWhatTheBotWouldHaveSaidInTheirLanguage() {
    assertThat(PartnerAgencies.messageFor(Referral.ACTION_FRAUD, "en"))
        .isEqualTo(Wording.in("en").referral(Referral.ACTION_FRAUD))
        .contains("call your bank");
    assertThat(PartnerAgencies.messageFor(Referral.RSPCA, "pl"))
        .isEqualTo(Wording.in("pl").referral(Referral.RSPCA));
  }

  @Test
  void anUnknownCodeIsNoReferral() {
    assertThat(PartnerAgencies.referral("NHS_111")).contains(Referral.NHS_111);
    assertThat(PartnerAgencies.referral("GHOSTBUSTERS")).isEmpty();
    assertThat(PartnerAgencies.referral(null)).isEmpty();
  }
}
