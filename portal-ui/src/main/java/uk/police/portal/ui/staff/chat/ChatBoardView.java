package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.QueueBoard;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The supervisor's view of live chat: every queue with its waiting chats (priority, category, how
 * long, who passed it over) and every contact handler (availability, load, queues, last seen, the
 * chats they have). The supervisor moves a waiting or held chat to a queue or a handler and changes
 * a handler's limit and queues. It reloads every few seconds; each reload is a request of the
 * browser's, so case-api is always called with the supervisor's fresh token.
 */
@Dependent
@Route(value = "staff/chat-board", layout = MainLayout.class)
@PageTitle("Live chat board - Staff - Report and track a crime")
@StyleSheet("context://styles/staff.css")
@StyleSheet("context://styles/chat.css")
@RolesAllowed(PortalRole.SUPERVISOR)
public class ChatBoardView extends Div {

  /** The queues live chat has (the contract's skills), in the order the board shows them. */
  static final List<String> QUEUES = List.of("GENERAL", "PUBLIC_PROTECTION");

  static final int REFRESH_MILLIS = 5000;
  static final String UNREACHABLE =
      "We could not reach the chat system, so nothing was changed. Please try again in a few"
          + " minutes.";
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

  @Inject CaseApiClient caseApi;
  Clock clock = Clock.system(ZoneId.of("Europe/London"));

  final H1 heading = new H1("Live chat board");
  final Paragraph updated = new Paragraph();
  final Paragraph confirmation = new Paragraph();
  final Paragraph problem = new Paragraph();
  final Map<String, QueueSection> queues = new LinkedHashMap<>();
  final Map<String, HandlerRow> handlers = new LinkedHashMap<>();
  final UnorderedList handlerList = new UnorderedList();
  final Paragraph noHandlers = new Paragraph("No contact handler has opened the chat console yet.");
  private final Div queueArea = new Div();
  private Registration polling;

  @PostConstruct
  void build() {
    addClassName("chat-board");
    confirmation.setId("confirmation");
    confirmation.addClassName("confirmation");
    confirmation.getElement().setAttribute("role", "status");
    problem.addClassName("problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    handlerList.addClassName("chat-handlers");
    Section handlerSection = new Section(new H2("Contact handlers"), noHandlers, handlerList);
    handlerSection.setId("handlers");
    queueArea.addClassName("chat-queues");
    add(heading, updated, confirmation, problem, queueArea, handlerSection);
    refresh();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    attach.getUI().setPollInterval(REFRESH_MILLIS);
    polling = attach.getUI().addPollListener(poll -> refresh());
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (polling != null) {
      polling.remove();
      polling = null;
    }
    detach.getUI().setPollInterval(-1);
  }

  void refresh() {
    try {
      show(caseApi.queueBoard());
      problem.setVisible(false);
      updated.setText(
          "Updated at "
              + CLOCK.format(clock.instant().atZone(clock.getZone()))
              + ". The board updates itself every "
              + REFRESH_MILLIS / 1000
              + " seconds.");
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      problem.setText(
          "We cannot load the chat queues right now. What you see may be out of date; the board"
              + " will try again in a few seconds.");
      problem.setVisible(true);
    }
  }

  void show(QueueBoard board) {
    for (String queue : QUEUES) {
      List<QueueBoard.WaitingChat> waiting =
          board.queues().stream()
              .filter(q -> queue.equals(q.queue()))
              .findFirst()
              .map(QueueBoard.Queue::waiting)
              .orElse(List.of());
      queues.computeIfAbsent(queue, this::queueSection).show(waiting, board.handlers());
    }
    showHandlers(board);
  }

  private QueueSection queueSection(String queue) {
    QueueSection section = new QueueSection(queue, this::boardChatRow);
    queueArea.add(section);
    return section;
  }

  private BoardChatRow boardChatRow(String chatId) {
    BoardChatRow row = new BoardChatRow(caseApi, chatId);
    row.addBoardChangedListener(this::changed);
    return row;
  }

  private void showHandlers(QueueBoard board) {
    List<ChatHandler> now = board.handlers();
    List<String> order = now.stream().map(ChatHandler::username).toList();
    boolean sameOrder = order.equals(List.copyOf(handlers.keySet()));
    handlers.keySet().retainAll(order);
    for (ChatHandler handler : now) {
      handlers
          .computeIfAbsent(handler.username(), this::handlerRow)
          .show(handler, board.heldBy(handler.username()), now);
    }
    if (!sameOrder) {
      handlerList.removeAll();
      order.forEach(username -> handlerList.add(handlers.get(username)));
    }
    noHandlers.setVisible(now.isEmpty());
  }

  private HandlerRow handlerRow(String username) {
    HandlerRow row = new HandlerRow(caseApi, username, this::boardChatRow);
    row.addBoardChangedListener(this::changed);
    return row;
  }

  private void changed(BoardChanged event) {
    confirmation.setText(event.confirmation());
    refresh();
  }
}
