package uk.police.portal.ui.citizen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.ReportForm;

class ReportAnswersTest {

  @Test
  void aDraftComesBackAsTheSameAnswers() {
    ReportAnswers a = new ReportAnswers();
    a.category = "THEFT";
    a.occurredOn = LocalDate.of(2026, 11, 20);
    a.location = "High Street";
    a.whatHappened = "My bike was taken";
    a.propertyValuePounds = 300;
    a.victim = "someone-else";
    a.victimName = "Sam";
    a.victimRelationship = "my son";
    a.feelsUnsafe = ReportAnswers.YES;
    a.under18 = ReportAnswers.NO;
    a.contactAnswered = true;
    a.byEmail = true;
    a.email = "alice@example.org";
    a.mayLeaveMessages = false;
    a.codeWord = "bluebell";

    ReportForm form = a.toForm();
    ReportAnswers back = ReportAnswers.from(form, Step.CHECK_ANSWERS);

    assertThat(back.toForm()).isEqualTo(form);
    assertThat(back.mayLeaveMessages).isFalse();
    assertThat(form.vulnerability().happenedBefore()).isNull();
    assertThat(form.contact().phone()).isNull();
  }

  @Test
  void noToMessagesIsNotAssumedBeforeThatPageWasReached() {
    ReportAnswers a = new ReportAnswers();
    a.contactAnswered = true;
    a.byPhone = true;
    a.phone = "07700 900 982";

    ReportAnswers back = ReportAnswers.from(a.toForm(), Step.STAYING_SAFE);

    assertThat(back.mayLeaveMessages).isNull();
    assertThat(back.byPhone).isTrue();
  }
}
