package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.police.portal.ui.caseapi.entity.ChatMessage;

/**
 * A chat's messages in order, each once (by its number), read out by a screen reader as they come
 * (a log around a list, so the list keeps its meaning). It scrolls on its own, by keyboard too, and
 * keeps the newest message in view. The handler's own messages carry delivery ticks in words: sent,
 * then delivered once the citizen's screen has them.
 */
class Transcript extends Div {

  final OrderedList list = new OrderedList();

  private final TreeMap<Integer, ChatMessage> messages = new TreeMap<>();
  private final Map<Integer, Span> ticks = new TreeMap<>();
  private final Set<Integer> sentHere = new HashSet<>();
  private final OffsetDateTime mineFrom;
  private int citizenReceived;

  /**
   * @param mineFrom handler messages from then on are this handler's (the chat was given then)
   */
  Transcript(OffsetDateTime mineFrom, int citizenReceived) {
    this.mineFrom = mineFrom;
    this.citizenReceived = citizenReceived;
    addClassName("transcript");
    getElement().setAttribute("role", "log");
    getElement().setAttribute("aria-live", "polite");
    getElement().setAttribute("aria-label", "Messages");
    getElement().setAttribute("tabindex", "0");
    add(list);
  }

  /** False when it was here already (a stream and a send can both bring the same message). */
  boolean add(ChatMessage message) {
    if (messages.containsKey(message.seq())) {
      return false;
    }
    messages.put(message.seq(), message);
    int index = messages.headMap(message.seq()).size();
    list.addComponentAtIndex(index, item(message));
    getElement().executeJs("this.scrollTop = this.scrollHeight");
    return true;
  }

  /** A message this console sent: the handler's own whatever its time says. */
  boolean addSent(ChatMessage message) {
    sentHere.add(message.seq());
    return add(message);
  }

  /** Messages up to {@code seq} are on the citizen's screen. */
  void citizenReceived(int seq) {
    if (seq <= citizenReceived) {
      return;
    }
    citizenReceived = seq;
    ticks.forEach((messageSeq, tick) -> tick(tick, messageSeq));
  }

  int lastSeq() {
    return messages.isEmpty() ? 0 : messages.lastKey();
  }

  int size() {
    return messages.size();
  }

  boolean mine(ChatMessage message) {
    return sentHere.contains(message.seq())
        || message.fromHandler()
            && (mineFrom == null
                || message.sentAt() == null
                || !message.sentAt().isBefore(mineFrom));
  }

  /**
   * When the citizen's oldest message still without a reply from a handler was sent: the first
   * citizen message after the last handler message. Empty when every message has a reply.
   */
  Optional<OffsetDateTime> unansweredSince() {
    OffsetDateTime since = null;
    for (ChatMessage message : messages.values()) {
      if (message.fromHandler()) {
        since = null;
      } else if (message.fromCitizen() && since == null) {
        since = message.sentAt();
      }
    }
    return Optional.ofNullable(since);
  }

  /** The highest number of a citizen message: what the handler's screen has received. */
  int lastCitizenSeq() {
    return messages.values().stream()
        .filter(ChatMessage::fromCitizen)
        .mapToInt(ChatMessage::seq)
        .max()
        .orElse(0);
  }

  private ListItem item(ChatMessage message) {
    Span who = new Span(who(message));
    who.addClassName("who");
    Span when = new Span(ChatWords.time(message.sentAt()));
    when.addClassName("when");
    Paragraph text = new Paragraph(message.text());
    text.addClassName("text");
    ListItem item = new ListItem(who, when, text);
    item.addClassName(
        "from-" + String.valueOf(message.sender()).toLowerCase(java.util.Locale.ROOT));
    if (message.staffOnly()) {
      item.addClassName("staff-only");
    }
    if (mine(message)) {
      Span tick = new Span();
      tick.addClassName("ticks");
      ticks.put(message.seq(), tick);
      tick(tick, message.seq());
      item.add(tick);
    }
    return item;
  }

  private void tick(Span tick, int seq) {
    boolean delivered = seq <= citizenReceived;
    tick.removeAll();
    Span marks = new Span(delivered ? "✓✓" : "✓");
    marks.getElement().setAttribute("aria-hidden", "true");
    tick.add(marks, new Span(delivered ? " Delivered" : " Sent"));
    tick.getElement().setAttribute("data-state", delivered ? "delivered" : "sent");
  }

  private String who(ChatMessage message) {
    String staffOnly = message.staffOnly() ? " (only staff see this)" : "";
    if (mine(message)) {
      return "You" + staffOnly;
    }
    return switch (String.valueOf(message.sender())) {
          case "CITIZEN" -> "Citizen";
          case "BOT" -> "Bot";
          case "HANDLER" ->
              (message.senderName() == null ? "Another handler" : message.senderName())
                  + " (handler)";
          default -> "Chat system";
        }
        + staffOnly;
  }
}
