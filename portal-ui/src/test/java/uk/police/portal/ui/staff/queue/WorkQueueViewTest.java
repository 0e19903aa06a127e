package uk.police.portal.ui.staff.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.ui.staff.FakeCaseApi.summary;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.staff.Components;
import uk.police.portal.ui.staff.FakeCaseApi;
import uk.police.portal.ui.staff.FindCaseForm;

class WorkQueueViewTest {

  private final FakeCaseApi api = new FakeCaseApi();

  private WorkQueueView open(String... roles) {
    api.me = new Me("sub", "someone", "Some One", List.of(roles));
    WorkQueueView view = new WorkQueueView();
    view.caseApi = api;
    view.load();
    return view;
  }

  private static List<String> headings(WorkQueueView view) {
    return Components.all(view, H2.class).stream().map(H2::getText).toList();
  }

  @Test
  void investigatorSeesTheirCasesAndUnassignedOnesButNotAllCases() {
    WorkQueueView view = open("investigator");

    assertThat(view.heading.getText()).isEqualTo("Work queue");
    assertThat(headings(view))
        .containsExactly("Assigned to you", "Not yet assigned", "Find a case by reference");
    assertThat(api.calls).contains("workQueue mine 0", "workQueue unassigned 0");
    assertThat(api.calls).doesNotContain("workQueue all 0");
  }

  @Test
  void supervisorAlsoSeesAllCases() {
    WorkQueueView view = open("supervisor");

    assertThat(headings(view))
        .containsExactly(
            "Assigned to you", "Not yet assigned", "All cases", "Find a case by reference");
  }

  @Test
  void contactHandlerGetsOnlyTheFindForm() {
    WorkQueueView view = open("contact-handler");

    assertThat(view.heading.getText()).isEqualTo("Find a case");
    assertThat(headings(view)).containsExactly("Find a case by reference");
    assertThat(Components.all(view, FindCaseForm.class)).hasSize(1);
    assertThat(api.calls).containsExactly("me");
  }

  @Test
  void eachCaseOpensWithTheReasonWorkQueueAndSaysWhenTheUpdateIsDue() {
    api.queues.put(
        "mine",
        new Listing<>(
            List.of(
                summary("PC-AAAA-AAAA", LocalDate.of(2026, 11, 1), "OVERDUE"),
                summary("PC-CCCC-CCCC", LocalDate.of(2026, 12, 3), "DUE")),
            0,
            10,
            2));
    WorkQueueView view = open("investigator");

    QueueSection mine = Components.all(view, QueueSection.class).get(0);
    assertThat(Components.all(mine, Anchor.class))
        .extracting(Anchor::getHref)
        .containsExactly(
            "staff/cases/PC-AAAA-AAAA?reason=Work%20queue",
            "staff/cases/PC-CCCC-CCCC?reason=Work%20queue");
    assertThat(Components.all(mine, Span.class))
        .extracting(Span::getText)
        .containsExactly("Update overdue", "Update due by 3 December 2026");
    assertThat(Components.text(mine)).contains("Theft. Received.");
    assertThat(mine.pageInfo.getText()).isEqualTo("2 cases");
  }

  @Test
  void anEmptyListSaysSoInWords() {
    WorkQueueView view = open("investigator");

    QueueSection mine = Components.all(view, QueueSection.class).get(0);
    assertThat(mine.message.getText()).startsWith("No cases are assigned to you.");
    assertThat(mine.previous.isVisible()).isFalse();
    assertThat(mine.next.isVisible()).isFalse();
  }

  @Test
  void longListsComeAPageAtATime() {
    api.queues.put(
        "unassigned", new Listing<>(List.of(summary("PC-AAAA-AAAA", null, null)), 0, 10, 23));
    WorkQueueView view = open("investigator");

    QueueSection unassigned = Components.all(view, QueueSection.class).get(1);
    assertThat(unassigned.pageInfo.getText()).isEqualTo("Page 1 of 3 (23 cases)");
    assertThat(unassigned.previous.isVisible()).isFalse();
    assertThat(unassigned.next.isVisible()).isTrue();

    api.queues.put(
        "unassigned", new Listing<>(List.of(summary("PC-CCCC-CCCC", null, null)), 2, 10, 23));
    unassigned.next.click();

    assertThat(api.calls).contains("workQueue unassigned 1");
    assertThat(unassigned.pageInfo.getText()).isEqualTo("Page 3 of 3 (23 cases)");
    assertThat(unassigned.next.isVisible()).isFalse();
    assertThat(unassigned.previous.isVisible()).isTrue();
  }

  @Test
  void administratorIsToldCaseWorkIsNotForTheirRole() {
    WorkQueueView view = open("admin");

    assertThat(view.heading.getText()).isEqualTo("Staff");
    assertThat(Components.text(view)).contains("Your account has none of these roles.");
  }
}
