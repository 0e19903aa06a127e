package uk.police.portal.chatbot.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.portal.chatbot.triage.entity.Category;
import uk.police.portal.chatbot.triage.entity.Referral;

class ReferralWordingTest {

  @ParameterizedTest(name = "{0} goes to {1}")
  @CsvSource({
    "FRAUD, ACTION_FRAUD",
    "ENVIRONMENTAL, LOCAL_COUNCIL",
    "ANIMAL_WELFARE, RSPCA",
    "CIVIL_DISPUTE, CITIZENS_ADVICE",
    "MENTAL_HEALTH, NHS_111"
  })
  void partnerAgencyOwnsTheseCategories(Category category, Referral referral) {
    assertThat(category.referral()).contains(referral);
  }

  @Test
  void everyOtherCategoryStaysWithThePolice() {
    long referred =
        java.util.Arrays.stream(Category.values()).filter(c -> c.referral().isPresent()).count();
    assertThat(referred).isEqualTo(5);
    assertThat(Category.THEFT.referral()).isEmpty();
    assertThat(Category.GENERAL_ENQUIRY.referral()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Referral.class)
  void referralTellsWhoWhatAndWhereInEveryLanguage(Referral referral) {
    for (String language : Wording.LANGUAGES) {
      String text = Wording.in(language).referral(referral);
      assertThat(text).contains(referral.link()).contains(referral.agency());
      if (!referral.phone().isEmpty()) {
        assertThat(text).contains(referral.phone());
      }
    }
  }

  @Test
  void actionFraudAdviceSaysToCallTheBankFirst() {
    assertThat(Wording.in("en").referral(Referral.ACTION_FRAUD))
        .contains("https://www.actionfraud.police.uk/")
        .contains("0300 123 2040")
        .contains("call your bank");
  }
}
