package uk.police.portal.ui.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.entity.ChatChoice;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.form.Dates;

/**
 * The messages of a chat, oldest first, in a polite live region ({@code role="log"}) to which
 * messages are only ever added, so a screen reader reads out each new one and never the whole list
 * again. Each message is shown once, by its number, however often it arrives (a reconnect, a page
 * reload, the answer to a send and the stream both bringing it). The citizen's own messages show
 * whether they were stored ("Sent ✓") and whether the handler has them ("Seen ✓✓"), in words too.
 */
class ChatLog extends Div {

  static final String SENDING = "Sending…";
  static final String SENT = "Sent";
  static final String SEEN = "Seen";
  static final String NOT_SENT = "Not sent.";

  final OrderedList list = new OrderedList();
  private final Map<Integer, ListItem> shown = new HashMap<>();
  private final Map<String, Outgoing> outgoing = new LinkedHashMap<>();
  private Map<String, String> lastChoices = Map.of();
  private ChatMessage newest;
  private int highestSeq;
  private int seenUpTo;

  /** A message the citizen wrote, from the moment they pressed Send. */
  private final class Outgoing {
    final ListItem item;
    final Span status = new Span();
    final String text;
    int seq;

    Outgoing(ListItem item, String text) {
      this.item = item;
      this.text = text;
    }
  }

  ChatLog() {
    addClassName("chat-log");
    setId("chat-log");
    getElement().setAttribute("role", "log");
    getElement().setAttribute("aria-live", "polite");
    // Only additions: a tick changing from sent to seen is not read out each time.
    getElement().setAttribute("aria-relevant", "additions");
    getElement().setAttribute("aria-label", "Chat messages");
    list.addClassName("chat-log__list");
    add(list);
  }

  /** Shows a stored message unless it is already there; true when it was new. */
  boolean show(ChatMessage message) {
    if (message.staffOnly()) {
      return false;
    }
    Outgoing mine = message.clientId() == null ? null : outgoing.get(message.clientId());
    if (mine != null && message.fromCitizen()) {
      stored(mine, message.seq());
      mine.item
          .getChildren()
          .findFirst()
          .ifPresent(
              who ->
                  ((Paragraph) who).setText(from(message) + ", " + Dates.time(message.sentAt())));
    }
    if (shown.containsKey(message.seq())) {
      return false;
    }
    ListItem item = mine != null && message.fromCitizen() ? mine.item : item(message);
    shown.put(message.seq(), item);
    highestSeq = Math.max(highestSeq, message.seq());
    newest = message;
    if (message.fromBot()) {
      Map<String, String> labels = new HashMap<>();
      message.choices().forEach(c -> labels.put(c.value(), c.label()));
      lastChoices = labels;
    }
    if (mine == null) {
      list.add(item);
    }
    return true;
  }

  /**
   * The citizen pressed Send: their words appear at once, "Sending…". {@code shown} is what they
   * chose (a button's label), {@code text} what is sent (its value).
   */
  void sending(String clientId, String text, String shown) {
    ListItem item = bubble("chat-message--citizen", "You", null, shown);
    item.setId("chat-out-" + clientId);
    Outgoing mine = new Outgoing(item, text);
    mine.status.addClassName("chat-message__status");
    mine.status.setId("chat-status-" + clientId);
    mine.status.setText(SENDING);
    item.add(mine.status);
    outgoing.put(clientId, mine);
    list.add(item);
  }

  /** case-api stored it (the answer to the send, or the stream, whichever came first). */
  void sent(ChatMessage stored) {
    show(stored);
  }

  /** The send failed; the person can try again with the same id, stored at most once. */
  void notSent(String clientId, Consumer<String> tryAgain) {
    Outgoing mine = outgoing.get(clientId);
    if (mine == null || mine.seq > 0) {
      return;
    }
    NativeButton again = new NativeButton("Try again", click -> tryAgain.accept(clientId));
    again.addClassName("chat-message__retry");
    mine.status.removeAll();
    mine.status.setText(NOT_SENT + " ");
    mine.status.add(again);
  }

  /** Words of a message still waiting to be stored (for a retry). */
  String textOf(String clientId) {
    Outgoing mine = outgoing.get(clientId);
    return mine == null ? null : mine.text;
  }

  void trying(String clientId) {
    Outgoing mine = outgoing.get(clientId);
    if (mine != null && mine.seq == 0) {
      mine.status.removeAll();
      mine.status.setText(SENDING);
    }
  }

  /** The handler has everything up to {@code seq}: the citizen's messages so far show ✓✓. */
  void seenUpTo(int seq) {
    seenUpTo = Math.max(seenUpTo, seq);
    outgoing.values().stream()
        .filter(m -> m.seq > 0 && m.seq <= seenUpTo)
        .forEach(m -> tick(m, SEEN, "✓✓"));
  }

  private void stored(Outgoing mine, int seq) {
    if (mine.seq > 0) {
      return;
    }
    mine.seq = seq;
    mine.item.setId("chat-message-" + seq);
    mine.item.getElement().setAttribute("data-seq", String.valueOf(seq));
    if (seq <= seenUpTo) {
      tick(mine, SEEN, "✓✓");
    } else {
      tick(mine, SENT, "✓");
    }
  }

  private static void tick(Outgoing mine, String words, String ticks) {
    Span marks = new Span(ticks);
    marks.getElement().setAttribute("aria-hidden", "true");
    marks.addClassName("chat-message__ticks");
    mine.status.removeAll();
    mine.status.add(new Span(words + " "), marks);
  }

  private ListItem item(ChatMessage message) {
    ListItem item;
    if (message.fromSystem()) {
      item = new ListItem(new Paragraph(message.text()));
      item.addClassNames("chat-message", "chat-message--system");
    } else {
      String text = message.text();
      if (message.fromCitizen()) {
        // A button's value is what was sent ("yes", "THEFT"); the person chose its label.
        text = lastChoices.getOrDefault(text, text);
      }
      item = bubble(cssClass(message), from(message), message.sentAt(), text);
    }
    item.setId("chat-message-" + message.seq());
    item.getElement().setAttribute("data-seq", String.valueOf(message.seq()));
    if (message.fromCitizen()) {
      Outgoing earlier = new Outgoing(item, message.text());
      earlier.status.addClassName("chat-message__status");
      item.add(earlier.status);
      outgoing.put(
          message.clientId() == null ? "seq-" + message.seq() : message.clientId(), earlier);
      stored(earlier, message.seq());
    }
    return item;
  }

  private static ListItem bubble(
      String cssClass, String from, java.time.OffsetDateTime at, String text) {
    Paragraph who = new Paragraph(from + (at == null ? "" : ", " + Dates.time(at)));
    who.addClassName("chat-message__from");
    Paragraph words = new Paragraph(text);
    words.addClassName("chat-message__text");
    ListItem item = new ListItem(who, words);
    item.addClassNames("chat-message", cssClass);
    return item;
  }

  private static String cssClass(ChatMessage message) {
    return "chat-message--" + message.sender().toLowerCase(java.util.Locale.ROOT);
  }

  static String from(ChatMessage message) {
    if (message.fromCitizen()) {
      return "You";
    }
    if (message.fromBot()) {
      return "Chatbot";
    }
    return message.senderName() == null || message.senderName().isBlank()
        ? "Contact handler"
        : message.senderName();
  }

  /** The highest message number on screen: where a reconnect resumes. */
  int highestSeq() {
    return highestSeq;
  }

  /** The buttons the bot offers now: those of the newest message, when it is the bot's. */
  List<ChatChoice> choicesNow() {
    return newest != null && newest.fromBot() ? newest.choices() : List.of();
  }

  ChatMessage newest() {
    return newest;
  }

  int size() {
    return shown.size();
  }
}
