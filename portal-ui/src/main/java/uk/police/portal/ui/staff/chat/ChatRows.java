package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.HtmlContainer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The board's rows of chats in one list, kept from one refresh to the next (with whatever the
 * supervisor has typed or opened in them) and put in the order case-api gives.
 */
final class ChatRows {

  private final Map<String, BoardChatRow> rows = new LinkedHashMap<>();
  private final HtmlContainer list;
  private final Function<String, BoardChatRow> newRow;

  ChatRows(HtmlContainer list, Function<String, BoardChatRow> newRow) {
    this.list = list;
    this.newRow = newRow;
  }

  /** The row of each of these chats, in this order: new ones made, gone ones dropped. */
  List<BoardChatRow> keep(List<String> chatIds) {
    boolean sameOrder = chatIds.equals(List.copyOf(rows.keySet()));
    rows.keySet().retainAll(chatIds);
    chatIds.forEach(id -> rows.computeIfAbsent(id, newRow));
    if (!sameOrder) {
      list.removeAll();
      chatIds.forEach(id -> list.add(rows.get(id)));
    }
    return chatIds.stream().map(rows::get).toList();
  }

  Set<String> keySet() {
    return rows.keySet();
  }

  BoardChatRow get(String chatId) {
    return rows.get(chatId);
  }
}
