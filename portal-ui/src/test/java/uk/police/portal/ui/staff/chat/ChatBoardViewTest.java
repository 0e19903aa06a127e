package uk.police.portal.ui.staff.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.QueueBoard;
import uk.police.portal.ui.caseapi.entity.QueueBoard.HeldChat;
import uk.police.portal.ui.caseapi.entity.QueueBoard.WaitingChat;
import uk.police.portal.ui.staff.Components;
import uk.police.portal.ui.staff.FakeCaseApi;

class ChatBoardViewTest {

  private static final OffsetDateTime SEEN =
      OffsetDateTime.of(2026, 11, 21, 14, 5, 0, 0, ZoneOffset.UTC);
  private static final ChatHandler HANNAH =
      new ChatHandler("hannah", "Hannah", "AVAILABLE", 4, 1, List.of("GENERAL"), SEEN);
  private static final ChatHandler HARRY =
      new ChatHandler(
          "harry", "Harry", "AWAY", 3, 0, List.of("GENERAL", "PUBLIC_PROTECTION"), SEEN);

  private final FakeCaseApi api = new FakeCaseApi();

  private ChatBoardView open() {
    ChatBoardView view = new ChatBoardView();
    view.caseApi = api;
    view.build();
    return view;
  }

  private static QueueBoard board(List<WaitingChat> general, List<WaitingChat> protection) {
    return board(general, protection, List.of());
  }

  private static QueueBoard board(
      List<WaitingChat> general, List<WaitingChat> protection, List<HeldChat> held) {
    return new QueueBoard(
        List.of(
            new QueueBoard.Queue("GENERAL", general),
            new QueueBoard.Queue("PUBLIC_PROTECTION", protection)),
        List.of(HANNAH, HARRY),
        held);
  }

  @Test
  void everyQueueShowsItsWaitingChatsWithPriorityCategoryAndWaitInWords() {
    api.board =
        board(
            List.of(
                new WaitingChat("c1", "HIGH_RISK", "THEFT", 65, null),
                new WaitingChat("c2", "STANDARD", "Criminal damage", 12, "harry")),
            List.of());
    ChatBoardView view = open();

    QueueSection general = view.queues.get("GENERAL");
    assertThat(general.heading.getText()).isEqualTo("General queue: 2 waiting");
    assertThat(general.rows.keySet()).containsExactly("c1", "c2");
    assertThat(Components.text(general.rows.get("c1")))
        .contains("High risk")
        .contains("Theft. Waiting 1 minute 5 seconds.");
    assertThat(Components.text(general.rows.get("c2")))
        .contains("Standard")
        .contains("Criminal damage. Waiting 12 seconds. Passed over by harry.");
    QueueSection protection = view.queues.get("PUBLIC_PROTECTION");
    assertThat(protection.heading.getText()).isEqualTo("Public protection queue: 0 waiting");
    assertThat(protection.empty.isVisible()).isTrue();
  }

  @Test
  void everyHandlerShowsAvailabilityLoadQueuesAndWhenLastSeen() {
    api.board = board(List.of(), List.of());
    ChatBoardView view = open();

    assertThat(view.handlers.keySet()).containsExactly("hannah", "harry");
    assertThat(Components.text(view.handlers.get("hannah")))
        .contains("Hannah (hannah)")
        .contains("Available. 1 of 4 chats. Queues: General. Last seen 14:05.");
    assertThat(Components.text(view.handlers.get("harry")))
        .contains("Away. 0 of 3 chats. Queues: General, Public protection.");
  }

  @Test
  void aHandlersChatsShowUnderThemAndTheSupervisorMovesOneToAColleague() {
    api.board =
        board(
            List.of(),
            List.of(),
            List.of(new HeldChat("c7", "hannah", "GENERAL", "HIGH_RISK", "THEFT", 200)));
    ChatBoardView view = open();
    HandlerRow hannah = view.handlers.get("hannah");

    assertThat(view.handlers.get("harry").chats.isVisible()).isFalse();
    assertThat(hannah.chatRows.keySet()).containsExactly("c7");
    BoardChatRow row = hannah.chatRows.get("c7");
    assertThat(Components.text(row))
        .contains("High risk")
        .contains("Theft, from the General queue. With them for 3 minutes 20 seconds.");
    assertThat(row.target.getListDataView().getItems().map(MoveTarget::label))
        .as("both queues and every other handler, never the one who has it")
        .containsExactly("General queue", "Public protection queue", "Harry (harry), away");
    row.target.setValue(MoveTarget.handler(HARRY));
    row.move.click();

    assertThat(api.transfers).containsExactly("c7 to harry");
    assertThat(view.confirmation.getText()).isEqualTo("The chat was moved to Harry.");
  }

  @Test
  void supervisorMovesAWaitingChatToAnotherQueueWithANote() {
    api.board = board(List.of(new WaitingChat("c1", "STANDARD", "THEFT", 30, null)), List.of());
    ChatBoardView view = open();
    BoardChatRow row = view.queues.get("GENERAL").rows.get("c1");

    assertThat(row.target.getListDataView().getItems().map(MoveTarget::label))
        .containsExactly(
            "Public protection queue", "Hannah (hannah), 1 of 4 chats", "Harry (harry), away");
    row.target.setValue(MoveTarget.queue("PUBLIC_PROTECTION"));
    row.note.setValue("She mentioned her partner.");
    row.move.click();

    assertThat(api.transfers)
        .containsExactly("c1 to PUBLIC_PROTECTION: She mentioned her partner.");
    assertThat(view.confirmation.getText())
        .isEqualTo("The chat was moved to the Public protection queue.");
  }

  @Test
  void aMoveCaseApiRefusesSaysWhyBesideTheChat() {
    api.board = board(List.of(new WaitingChat("c1", "STANDARD", "THEFT", 30, null)), List.of());
    ChatBoardView view = open();
    BoardChatRow row = view.queues.get("GENERAL").rows.get("c1");
    row.target.setValue(MoveTarget.handler(HARRY));
    api.refuseNextWrite = "Harry is not available.";

    row.move.click();

    assertThat(row.error.getText()).isEqualTo("Harry is not available.");
    assertThat(view.confirmation.getText()).isEmpty();
  }

  @Test
  void moveWithoutAChoiceAsksForOne() {
    api.board = board(List.of(new WaitingChat("c1", "STANDARD", "THEFT", 30, null)), List.of());
    BoardChatRow row = open().queues.get("GENERAL").rows.get("c1");

    row.move.click();

    assertThat(row.target.isInvalid()).isTrue();
    assertThat(row.target.getErrorMessage()).isEqualTo("Choose a queue or a handler.");
    assertThat(api.transfers).isEmpty();
  }

  @Test
  void supervisorChangesAHandlersLimitAndQueues() {
    api.board = board(List.of(), List.of());
    ChatBoardView view = open();
    HandlerRow harry = view.handlers.get("harry");

    harry.limit.setValue(2);
    harry.skills.setValue(Set.of("PUBLIC_PROTECTION"));
    harry.save.click();

    assertThat(api.handlerChanges).containsExactly("harry 2 [PUBLIC_PROTECTION]");
    assertThat(view.confirmation.getText())
        .isEqualTo("Harry (harry) now takes up to 2 chats from Public protection.");
  }

  @Test
  void aLimitOutsideOneToTenIsRefusedBeforeAsking() {
    api.board = board(List.of(), List.of());
    HandlerRow harry = open().handlers.get("harry");

    harry.limit.setValue(11);
    harry.skills.setValue(Set.of());
    harry.save.click();

    assertThat(harry.limit.getErrorMessage()).isEqualTo("Enter a number from 1 to 10.");
    assertThat(harry.skills.getErrorMessage()).isEqualTo("Choose at least one queue.");
    assertThat(api.handlerChanges).isEmpty();
  }

  @Test
  void aRefreshKeepsTheRowsStillWaitingAndWhatIsChosenInThem() {
    api.board =
        board(
            List.of(
                new WaitingChat("c1", "STANDARD", "THEFT", 30, null),
                new WaitingChat("c2", "STANDARD", "THEFT", 10, null)),
            List.of());
    ChatBoardView view = open();
    BoardChatRow second = view.queues.get("GENERAL").rows.get("c2");
    second.target.setValue(MoveTarget.queue("PUBLIC_PROTECTION"));

    api.board = board(List.of(new WaitingChat("c2", "STANDARD", "THEFT", 15, null)), List.of());
    view.refresh();

    QueueSection general = view.queues.get("GENERAL");
    assertThat(general.rows.keySet()).containsExactly("c2");
    assertThat(general.rows.get("c2")).isSameAs(second);
    assertThat(second.target.getValue()).isEqualTo(MoveTarget.queue("PUBLIC_PROTECTION"));
    assertThat(Components.text(second)).contains("Waiting 15 seconds.");
    assertThat(general.list.getChildren()).containsExactly(second);
  }

  @Test
  void whenTheBoardCannotBeLoadedItSaysSoAndKeepsWhatItShowed() {
    api.board = board(List.of(new WaitingChat("c1", "STANDARD", "THEFT", 30, null)), List.of());
    ChatBoardView view = open();
    FailingBoard failing = new FailingBoard();
    view.caseApi = failing;

    view.refresh();

    assertThat(view.problem.isVisible()).isTrue();
    assertThat(view.problem.getText()).startsWith("We cannot load the chat queues right now.");
    assertThat(view.queues.get("GENERAL").rows.keySet()).containsExactly("c1");
  }

  private static final class FailingBoard extends FakeCaseApi {
    @Override
    public QueueBoard queueBoard() {
      throw new uk.police.portal.ui.caseapi.control.CaseApiUnavailableException("down", null);
    }
  }
}
