package uk.police.portal.api.livechat.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.police.portal.api.testsupport.PostgresDatabase;

/**
 * What the database, the one source of truth the nodes share, says about chats and handlers: the
 * rules routing must keep under any concurrency, checked row by row.
 */
final class ChatFloor {

  record Handler(String username, String availability, int chatLimit, int activeChats) {}

  record ChatRow(String id, String state, String handler, int joined) {}

  private final PostgresDatabase db;

  ChatFloor(PostgresDatabase db) {
    this.db = db;
  }

  /** The same floor read through a connection of its own, for a watching thread. */
  ChatFloor another() {
    return new ChatFloor(db.another());
  }

  void close() {
    db.close();
  }

  Handler handler(String username) {
    return db.query(
            "SELECT username, availability, chat_limit, active_chats FROM chat_handler"
                + " WHERE username = ?",
            row -> new Handler(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)),
            username)
        .get(0);
  }

  /** Each chat with its state, handler and how many JOINED messages it has. */
  Map<String, ChatRow> chats(Collection<String> ids) {
    return db
        .query(
            "SELECT c.id, c.state, c.handler_username, (SELECT count(*) FROM chat_message m"
                + " WHERE m.chat_id = c.id AND m.kind = 'JOINED') FROM chat c"
                + " WHERE c.id = ANY (?)",
            row -> new ChatRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)),
            (Object) ids.toArray(String[]::new))
        .stream()
        .collect(Collectors.toMap(ChatRow::id, Function.identity()));
  }

  Set<String> assignedTo(String username) {
    return Set.copyOf(
        db.query(
            "SELECT id FROM chat WHERE state = 'ASSIGNED' AND handler_username = ?",
            row -> row.getString(1),
            username));
  }

  long count(String state, Collection<String> ids) {
    return db.number(
        "SELECT count(*) FROM chat WHERE state = ? AND id = ANY (?)",
        state,
        ids.toArray(String[]::new));
  }

  long open() {
    return db.number("SELECT count(*) FROM chat WHERE state <> 'ENDED'");
  }

  List<String> openChats() {
    return db.query("SELECT id FROM chat WHERE state <> 'ENDED'", row -> row.getString(1));
  }

  long activeChats() {
    return db.number("SELECT coalesce(sum(active_chats), 0) FROM chat_handler");
  }

  /** The waiting chats among {@code ids} in the order routing must take them. */
  List<String> queue(Collection<String> ids) {
    return db.query(
        "SELECT id FROM chat WHERE state = 'WAITING' AND id = ANY (?)"
            + " ORDER BY priority_rank, queue_order, id",
        row -> row.getString(1),
        (Object) ids.toArray(String[]::new));
  }

  /**
   * What breaks routing's rules at this instant: handlers whose ASSIGNED chats differ from their
   * counter or exceed their limit, and chats among {@code ids} joined twice. Each is one statement,
   * so it reads one committed snapshot, whatever the nodes are doing.
   */
  List<String> brokenNow(Collection<String> ids) {
    List<String> broken =
        new java.util.ArrayList<>(
            db.query(
                "SELECT h.username || ' holds ' || count(c.id) || ' chats, active_chats '"
                    + " || h.active_chats || ', limit ' || h.chat_limit FROM chat_handler h"
                    + " LEFT JOIN chat c ON c.handler_username = h.username AND c.state ="
                    + " 'ASSIGNED' GROUP BY h.username, h.active_chats, h.chat_limit"
                    + " HAVING count(c.id) <> h.active_chats OR count(c.id) > h.chat_limit",
                row -> row.getString(1)));
    broken.addAll(
        db.query(
            "SELECT 'chat ' || chat_id || ' joined ' || count(*) || ' times' FROM chat_message"
                + " WHERE kind = 'JOINED' AND chat_id = ANY (?) GROUP BY chat_id HAVING count(*) > 1",
            row -> row.getString(1),
            (Object) ids.toArray(String[]::new)));
    return broken;
  }

  /**
   * The rules of routing, for these handlers and these chats: no handler above their limit, their
   * counter equal to the chats the database gives them, no chat joined twice, none lost.
   */
  void assertHolds(Collection<String> handlers, Collection<String> ids) {
    for (String username : handlers) {
      Handler handler = handler(username);
      assertThat(assignedTo(username))
          .as("%s's assigned chats against active_chats %s", username, handler)
          .hasSize(handler.activeChats());
      assertThat(handler.activeChats())
          .as("%s's chats", username)
          .isLessThanOrEqualTo(handler.chatLimit());
    }
    Map<String, ChatRow> chats = chats(ids);
    assertThat(chats.keySet())
        .as("every chat still exists")
        .containsExactlyInAnyOrderElementsOf(ids);
    for (ChatRow chat : chats.values()) {
      assertThat(chat.state())
          .as("chat %s is neither lost nor ended", chat.id())
          .isIn("WAITING", "ASSIGNED");
      assertThat(chat.joined())
          .as("JOINED messages of %s", chat)
          .isEqualTo("ASSIGNED".equals(chat.state()) ? 1 : 0);
      assertThat(chat.handler() == null)
          .as("a handler only while assigned: %s", chat)
          .isEqualTo("WAITING".equals(chat.state()));
    }
  }
}
