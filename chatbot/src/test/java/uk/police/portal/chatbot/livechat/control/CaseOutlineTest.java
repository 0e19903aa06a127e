package uk.police.portal.chatbot.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.portal.chatbot.triage.control.CategoryQuestions;
import uk.police.portal.chatbot.triage.entity.Category;

class CaseOutlineTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

  private static Map<String, String> answers(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  @Test
  void eachAnswerGoesToTheFieldItsQuestionAsksAbout() {
    CaseOutline outline =
        CaseOutline.from(
            Category.ASSAULT,
            answers(
                CategoryQuestions.WHEN, "last night about 11pm",
                CategoryQuestions.WHERE, "outside the Red Lion, High Street",
                CategoryQuestions.HURT, "cut lip",
                CategoryQuestions.STILL_THERE, "no, he ran off",
                CategoryQuestions.VULNERABLE, "I use a wheelchair",
                CategoryQuestions.CONTACT, "07700 900982"),
            List.of());

    assertThat(outline.category()).isEqualTo(Category.ASSAULT);
    assertThat(outline.occurredTime()).isEqualTo("last night about 11pm");
    assertThat(outline.location()).isEqualTo("outside the Red Lion, High Street");
    assertThat(outline.injuries()).isEqualTo("cut lip");
    assertThat(outline.suspect()).isEqualTo("Still there when they contacted us: no, he ran off");
    assertThat(outline.vulnerability()).isEqualTo("I use a wheelchair");
    assertThat(outline.property()).isNull();
    assertThat(outline.witnesses()).isNull();
    assertThat(outline.occurredOn(TODAY)).contains(TODAY.minusDays(1));
  }

  @Test
  void whatHappenedIsTheCitizensOwnWordsWithoutTheAnswersAndShortReplies() {
    CaseOutline outline =
        CaseOutline.from(
            Category.THEFT,
            answers(
                CategoryQuestions.WHEN, "this morning", CategoryQuestions.WHERE, "Leeds station"),
            List.of(
                "Someone took my bike from the rack at the station",
                "Yes.",
                "this morning",
                "Leeds station",
                "It was a red Raleigh, the lock was cut"));

    assertThat(outline.whatHappened())
        .isEqualTo(
            "Someone took my bike from the rack at the station\nIt was a red Raleigh, the lock"
                + " was cut");
    assertThat(outline.occurredOn(TODAY)).contains(TODAY);
  }

  @Test
  void questionsNotAskedLeaveTheirFieldsEmptyForTheHandler() {
    CaseOutline outline =
        CaseOutline.from(
            Category.DOMESTIC_ABUSE,
            answers(CategoryQuestions.SAFE_CONTACT, "text only after 6pm"),
            List.of("my partner hit me"));

    assertThat(outline.location()).isNull();
    assertThat(outline.occurredTime()).isNull();
    assertThat(outline.injuries()).isNull();
    assertThat(outline.whatHappened()).isEqualTo("my partner hit me");
    assertThat(outline.occurredOn(TODAY)).isEmpty();
  }

  @Test
  void aDayNotSaidPlainlyIsLeftForTheHandlerToAsk() {
    CaseOutline outline =
        CaseOutline.from(
            Category.THEFT, answers(CategoryQuestions.WHEN, "a few weeks back"), List.of());
    assertThat(outline.occurredOn(TODAY)).isEmpty();
    assertThat(CaseOutline.from(Category.THEFT, Map.of(), List.of()).whatHappened()).isNull();
  }
}
