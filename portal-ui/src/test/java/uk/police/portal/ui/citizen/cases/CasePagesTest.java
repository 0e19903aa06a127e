package uk.police.portal.ui.citizen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.citizen.FakeCaseApi;
import uk.police.portal.ui.citizen.Texts;

class CasePagesTest {

  static final String REF = "PC-7KQ4-9XRT";
  static final OffsetDateTime NOV_20 = OffsetDateTime.of(2026, 11, 20, 15, 5, 0, 0, ZoneOffset.UTC);
  static final String HTML = "<script>alert(1)</script><b>bold</b>";

  FakeCaseApi caseApi;

  @BeforeEach
  void aliceHasOneCase() {
    caseApi = new FakeCaseApi();
    caseApi.cases.put(
        REF,
        new CaseDetail(
            REF,
            "THEFT",
            "Theft",
            "INVESTIGATING",
            "Being investigated",
            NOV_20,
            null,
            "Ian Irving",
            null,
            LocalDate.of(2026, 11, 27),
            "DUE",
            "STANDARD",
            new CaseDetail.Outcome("18", "Investigation complete", "No suspect was identified."),
            null));
    caseApi.timelines.put(
        REF,
        new ArrayList<>(
            List.of(
                new TimelineEntry(1, NOV_20, "RECEIVED", "Report received", null, true, "Alice"),
                new TimelineEntry(
                    2, NOV_20.plusDays(1), "UPDATE", "Update from the police", HTML, true, "Ian"),
                new TimelineEntry(
                    3, NOV_20.plusHours(2), "NOTE", "Internal note", "secret", false, "Ian"))));
    caseApi.messages.put(
        REF,
        new ArrayList<>(
            List.of(new CaseMessage(1, NOV_20, "POLICE", "Ian Irving", "Hello " + HTML))));
  }

  CaseView open(String reference) {
    CaseView view = new CaseView();
    view.caseApi = caseApi;
    view.open(reference);
    return view;
  }

  @Test
  void aCaseShowsWhereItStandsWhoIsInChargeAndWhenTheyWillNextHear() {
    String page = Texts.visible(open(REF));
    assertThat(page)
        .contains(
            "Reference " + REF,
            "Status Being investigated",
            "Officer in charge Ian Irving",
            "Next update by 27 November 2026",
            "No suspect was identified.");
  }

  @Test
  void theTimelineIsNewestFirstAndHidesWhatTheVictimMustNotSee() {
    CaseView view = open(REF);
    assertThat(view.timeline.getChildren().map(Texts::visible).toList())
        .containsExactly(
            "Update from the police 21 November 2026 at 3:05pm " + HTML,
            "Report received 20 November 2026 at 3:05pm");
    assertThat(Texts.visible(view)).doesNotContain("secret");
  }

  @Test
  void whatPeopleWroteIsShownAsTextNeverAsMarkup() {
    CaseView view = open(REF);
    assertThat(Texts.visible(view.messages)).contains("Hello " + HTML);
    assertThat(Texts.tags(view)).doesNotContain("script", "b");
  }

  @Test
  void anotherCitizensCaseAMissingOneAndNonsenseLookExactlyTheSame() {
    String missing = Texts.visible(open("PC-3333-3333"));
    String notTheirs = Texts.visible(open("PC-4444-4444"));
    String nonsense = Texts.visible(open("<script>alert(1)</script>"));
    String empty = Texts.visible(open(""));

    assertThat(missing).startsWith(CaseNotFound.HEADING);
    assertThat(notTheirs).isEqualTo(missing);
    assertThat(nonsense).isEqualTo(missing);
    assertThat(empty).isEqualTo(missing);
    assertThat(open("PC-3333-3333").getPageTitle()).isEqualTo(open("x").getPageTitle());
  }

  @Test
  void addingInformationPutsItOnTheTimeline() {
    CaseView view = open(REF);
    view.information.setValue("I found the receipt for the bike.");

    view.addInformation();

    assertThat(Texts.visible(view.timeline)).contains("I found the receipt for the bike.");
    assertThat(view.information.value()).isEmpty();
    assertThat(Texts.visible(view.sent)).isEqualTo("We have added your information to your case.");
  }

  @Test
  void anEmptyMessageIsNotSentAndSaysWhy() {
    CaseView view = open(REF);
    view.sendMessage();
    assertThat(view.message.error()).isEqualTo("Enter a message");
    assertThat(caseApi.messages.get(REF)).hasSize(1);
  }

  @Test
  void aMessageIsSentAndShown() {
    CaseView view = open(REF);
    view.message.setValue("Is there any news?");
    view.sendMessage();
    assertThat(Texts.visible(view.messages)).contains("You, ", "Is there any news?");
  }

  @Test
  void theListShowsEachCaseAndPagesAfterTwenty() {
    caseApi.myCases =
        IntStream.range(0, 45)
            .mapToObj(
                i ->
                    new CaseSummary(
                        "PC-AAAA-AA" + (i < 10 ? "0" + i : "" + i),
                        "THEFT",
                        "Theft",
                        "RECEIVED",
                        "Received",
                        NOV_20,
                        null,
                        LocalDate.of(2026, 11, 27),
                        "DUE"))
            .toList();
    CasesView list = new CasesView();
    list.caseApi = caseApi;

    list.load(2);

    assertThat(list.cases.getChildren()).hasSize(20);
    String page = Texts.visible(list);
    assertThat(page)
        .contains(
            "Reference PC-AAAA-AA20",
            "Status Received",
            "Reported 20 November 2026",
            "Next update by 27 November 2026",
            "Previous page",
            "Page 2 of 3",
            "Next page");
  }

  @Test
  void noCasesYetPointsToReporting() {
    CasesView list = new CasesView();
    list.caseApi = caseApi;
    list.load(1);
    assertThat(Texts.visible(list)).contains("You have not reported anything yet.");
  }
}
