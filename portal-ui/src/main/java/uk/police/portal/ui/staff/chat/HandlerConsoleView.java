package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.ChatReceipt;
import uk.police.portal.ui.caseapi.entity.ChatTyping;
import uk.police.portal.ui.caseapi.entity.LiveChat;
import uk.police.portal.ui.caseapi.entity.PartnerAgency;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The contact handler's console: their availability, and their open chats side by side up to their
 * limit. A chat that arrives plays a short tone (unless muted), is marked "New chat" and is
 * announced; the chat whose citizen has waited longest for a reply is marked in words.
 *
 * <p>The streams from case-api are opened by the server for this page and closed when it goes. The
 * page asks the browser for a request every 30 seconds: each request hands the streams the
 * handler's current token (Payara refreshes it only on a request), so they reconnect with a valid
 * one when case-api closes them at the token's expiry.
 */
@Dependent
@Route(value = "staff/chats", layout = MainLayout.class)
@PageTitle("Your chats - Staff - Report and track a crime")
@StyleSheet("context://styles/staff.css")
@StyleSheet("context://styles/chat.css")
@RolesAllowed(PortalRole.CONTACT_HANDLER)
public class HandlerConsoleView extends Div {

  static final int TOKEN_POLL_MILLIS = 30_000;
  static final List<String> AVAILABILITIES = List.of("AVAILABLE", "BUSY", "AWAY");

  @Inject CaseApiClient caseApi;
  Clock clock = Clock.system(ChatWords.UK);

  final H1 heading = new H1("Your chats");
  final RadioButtonGroup<String> availability = new RadioButtonGroup<>("Your availability");
  final Paragraph load = new Paragraph();
  final Checkbox sound = new Checkbox("Play a sound when a chat arrives", true);
  final Paragraph announcer = new Paragraph();
  final Paragraph problem = new Paragraph();
  final Paragraph noChats =
      new Paragraph("You have no open chats. Choose Available to be given waiting chats.");
  final Div cards = new Div();
  final Map<String, ChatCard> open = new LinkedHashMap<>();
  List<PartnerAgency> agencies = List.of();
  ChatHandler handler;
  int beeps;
  private ConsoleStreams streams;
  private Registration polling;

  @PostConstruct
  void build() {
    addClassName("chat-console");
    availability.setItems(AVAILABILITIES);
    availability.setItemLabelGenerator(HandlerConsoleView::availabilityChoice);
    availability.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            changeAvailability(change.getValue(), change.getOldValue());
          }
        });
    announcer.setId("console-announcer");
    announcer.addClassName("console-announcer");
    announcer.getElement().setAttribute("role", "status");
    problem.addClassName("problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    cards.addClassName("chat-cards");
    Div bar = new Div(availability, new Div(load, sound));
    bar.addClassName("console-bar");
    add(heading, bar, announcer, problem, noChats, cards);
    load();
  }

  private static String availabilityChoice(String value) {
    return switch (value) {
      case "AVAILABLE" -> "Available: give me chats";
      case "BUSY" -> "Busy: keep my chats, no new ones";
      default -> "Away";
    };
  }

  void load() {
    try {
      showHandler(caseApi.chatHandler());
      agencies = partnerAgencies();
      reloadChats();
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      trouble("We cannot reach the chat system right now. Please try again in a few minutes.");
    }
  }

  private List<PartnerAgency> partnerAgencies() {
    try {
      return caseApi.partnerAgencies();
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      return List.of(); // each chat then says the list cannot be loaded; the rest still works
    }
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    UI ui = attach.getUI();
    ui.setPollInterval(TOKEN_POLL_MILLIS);
    polling = ui.addPollListener(poll -> polled());
    Beep.prepare(ui.getPage());
    streams = new ConsoleStreams(caseApi, ui, this);
    streams.start(open.keySet());
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (polling != null) {
      polling.remove();
      polling = null;
    }
    detach.getUI().setPollInterval(-1);
    if (streams != null) {
      streams.close();
      streams = null;
    }
  }

  /** Every 30 s, on a request: a fresh token for the streams, and the waiting times again. */
  void polled() {
    if (streams != null) {
      streams.handOverToken();
    }
    markOldestUnanswered();
  }

  /** The chats case-api says are the handler's: new ones added, ones taken away removed. */
  void reloadChats() {
    try {
      List<LiveChat> mine = caseApi.myChats();
      Set<String> ids = mine.stream().map(LiveChat::id).collect(Collectors.toSet());
      List.copyOf(open.values()).stream()
          .filter(card -> !ids.contains(card.chatId) && !card.isEnded())
          .forEach(this::remove);
      mine.forEach(this::add);
      problem.setVisible(false);
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      trouble("We cannot load your chats right now. The page will try again.");
    }
  }

  /** case-api gave the handler a chat (from their stream). */
  void assigned(LiveChat chat) {
    if (open.containsKey(chat.id())) {
      return;
    }
    ChatCard card = add(chat);
    card.arrived();
    if (sound.getValue()) {
      beeps++;
      getUI().ifPresent(ui -> Beep.play(ui.getPage()));
    }
    announce(
        "New chat: " + card.label() + ", " + card.priorityWords().toLowerCase(Locale.UK) + ".");
  }

  /** case-api took a chat off the handler: transferred, moved by a supervisor, or given back. */
  void unassigned(String chatId, String reason) {
    ChatCard card = open.get(chatId);
    if (card == null || card.isEnded()) {
      return;
    }
    remove(card);
    announce("A chat was taken off your console: " + reason(reason) + ".");
  }

  void handlerChanged(ChatHandler now) {
    showHandler(now);
  }

  void message(String chatId, ChatMessage message) {
    ChatCard card = open.get(chatId);
    if (card != null) {
      card.message(message);
    }
  }

  int typing(String chatId, ChatTyping typing) {
    ChatCard card = open.get(chatId);
    return card == null ? 0 : card.typing(typing);
  }

  void typingStopped(String chatId, int count) {
    ChatCard card = open.get(chatId);
    if (card != null) {
      card.typingStopped(count);
    }
  }

  void receipt(String chatId, ChatReceipt receipt) {
    ChatCard card = open.get(chatId);
    if (card != null) {
      card.receipt(receipt);
    }
  }

  /**
   * Marks the one chat whose citizen has waited longest for a reply, in words as well as a border;
   * the others lose the mark.
   */
  void markOldestUnanswered() {
    Optional<ChatCard> oldest =
        open.values().stream()
            .filter(card -> card.unansweredSince().isPresent())
            .min(Comparator.comparing(card -> card.unansweredSince().orElseThrow()));
    for (ChatCard card : open.values()) {
      OffsetDateTime since =
          oldest.filter(card::equals).flatMap(ChatCard::unansweredSince).orElse(null);
      card.oldestUnanswered(since);
    }
  }

  private ChatCard add(LiveChat chat) {
    ChatCard existing = open.get(chat.id());
    if (existing != null) {
      return existing;
    }
    ChatCard card = new ChatCard(caseApi, chat, agencies, clock);
    card.addCardChangedListener(this::cardChanged);
    open.put(chat.id(), card);
    cards.add(card);
    if (streams != null) {
      streams.openChat(chat.id());
    }
    showLoad();
    return card;
  }

  private void remove(ChatCard card) {
    open.remove(card.chatId);
    cards.remove(card);
    if (streams != null) {
      streams.closeChat(card.chatId);
    }
    showLoad();
    markOldestUnanswered();
  }

  private void cardChanged(CardChanged change) {
    if (change.leaving()) {
      remove(change.getSource());
    }
    if (change.announcement() != null) {
      announce(change.announcement());
    }
    markOldestUnanswered();
  }

  void changeAvailability(String wanted, String before) {
    try {
      showHandler(caseApi.changeAvailability(wanted));
      announce("You are now " + ChatWords.availability(wanted).toLowerCase(Locale.UK) + ".");
    } catch (CaseApiRefusedException e) {
      availability.setValue(before);
      trouble(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      availability.setValue(before);
      trouble("Your availability could not be changed: the chat system cannot be reached.");
    }
  }

  private void showHandler(ChatHandler now) {
    handler = now;
    availability.setValue(now.availability());
    showLoad();
  }

  private void showLoad() {
    int limit = handler == null ? Math.max(open.size(), 1) : handler.chatLimit();
    long active = open.values().stream().filter(card -> !card.isEnded()).count();
    load.setText("You have " + active + " of " + ChatWords.plural(limit, "chat") + " open.");
    cards.setClassName("chat-cards limit-" + Math.min(limit, 4));
    noChats.setVisible(open.isEmpty());
  }

  private void announce(String words) {
    announcer.setText(words);
  }

  private void trouble(String words) {
    problem.setText(words);
    problem.setVisible(true);
  }

  private static String reason(String reason) {
    return switch (String.valueOf(reason)) {
      case "TRANSFERRED" -> "it was moved to another queue or handler";
      case "NOT_ANSWERED" -> "it was not answered in time, so it went to someone else";
      case "AWAY", "DISCONNECTED" -> "you were away, so it went back to the queue";
      case "ENDED" -> "it ended";
      default -> reason == null ? "no reason given" : ChatWords.code(reason).toLowerCase(Locale.UK);
    };
  }
}
