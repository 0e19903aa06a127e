package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.function.Function;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.QueueBoard.WaitingChat;

/** One queue on the board: its waiting chats, next first. */
class QueueSection extends Section {

  final String queue;
  final H2 heading = new H2();
  final Paragraph empty = new Paragraph("No chats are waiting in this queue.");
  final OrderedList list = new OrderedList();
  final ChatRows rows;

  QueueSection(String queue, Function<String, BoardChatRow> newRow) {
    this.queue = queue;
    this.rows = new ChatRows(list, newRow);
    addClassName("chat-queue");
    setId("queue-" + queue.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    list.addClassName("waiting-chats");
    add(heading, empty, list);
  }

  /** Keeps the rows that are still waiting (and what is typed in them), in the queue's order. */
  void show(List<WaitingChat> waiting, List<ChatHandler> handlers) {
    heading.setText(ChatWords.queue(queue) + " queue: " + waiting.size() + " waiting");
    empty.setVisible(waiting.isEmpty());
    List<BoardChatRow> kept = rows.keep(waiting.stream().map(WaitingChat::chatId).toList());
    for (int i = 0; i < waiting.size(); i++) {
      kept.get(i).show(queue, waiting.get(i), handlers);
    }
  }
}
