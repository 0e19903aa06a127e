package uk.police.portal.ui.chat;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.control.ChatEvents;
import uk.police.portal.ui.caseapi.entity.ChatAccess;
import uk.police.portal.ui.caseapi.entity.ChatChoice;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.ChatReceipt;
import uk.police.portal.ui.caseapi.entity.ChatStarted;
import uk.police.portal.ui.caseapi.entity.ChatTyping;
import uk.police.portal.ui.caseapi.entity.LiveChat;
import uk.police.portal.ui.caseapi.entity.QueuePlace;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.EmergencyAdvice;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The citizen's live chat, signed in or not: a start page that says what the chat is and how the
 * quick exit works, then the bot, the queue, a contact handler, and after the end the transcript, a
 * copy by email and three short questions. Messages come from case-api's event stream; calls made
 * from the stream's threads carry the bearer token read earlier on a request thread.
 */
@Dependent
@Route(value = "chat", layout = MainLayout.class)
@PageTitle("Chat with us - Police")
@AnonymousAllowed
@StyleSheet("context://styles/citizen-chat.css")
public class ChatView extends Div implements BeforeEnterObserver {

  /** Where staff are sent: their own chat console. */
  static final String STAFF_CONSOLE = "staff/chats";

  static final long TYPING_SHOWN_SECONDS = 6;
  private static final Logger LOG = Logger.getLogger(ChatView.class.getName());

  @Inject CaseApiClient caseApi;
  @Inject OpenIdContext openId;

  @Resource ManagedExecutorService managedExecutor;

  ChatInSession.Store store = ChatInSession.Store.session();

  /** Runs calls that must not hold the page (sending, receipts). Tests run them at once. */
  Executor background;

  /** Runs a change to the page under its lock: {@code UI.access} in a browser. */
  Consumer<Runnable> onPage = Runnable::run;

  /** Opens the event stream; a unit test reads none. */
  Function<ChatEvents.Builder, ChatEvents> openStream = ChatEvents.Builder::open;

  final ChatStartPage startPart = new ChatStartPage(this::start);
  final Div chatPart = new Div();
  final EmergencyAdvice emergency =
      new EmergencyAdvice(
          "If you can, stay in this chat too: we have put you at the front of the queue.");
  final Paragraph connection = new Paragraph();
  final Paragraph queue = new Paragraph();
  final Paragraph handler = new Paragraph();
  final CaseReferencePanel caseReference = new CaseReferencePanel();
  final ChatLog log = new ChatLog();
  final Paragraph typing = new Paragraph();
  final Div choices = new Div();
  final ChatComposer composer = new ChatComposer();
  final Div endedPart = new Div();

  private volatile ChatInSession chat;
  private volatile String bearer;
  private volatile LiveChat state;
  private ChatEvents events;
  private int receivedSent;
  private boolean loading;
  private int typingShown;
  private long lastTypingSent;

  public ChatView() {
    addClassName("chat");
    buildChat();
    add(startPart, chatPart);
    chatPart.setVisible(false);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (staff()) {
      event.forwardTo(STAFF_CONSOLE);
    }
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    UI ui = attach.getUI();
    onPage =
        change -> {
          try {
            ui.access(change::run);
          } catch (UIDetachedException gone) {
            // The person left the page; nothing to show.
          }
        };
    if (background == null) {
      background = managedExecutor != null ? managedExecutor : CompletableFuture::runAsync;
    }
    // Cache-Control: no-store alone does not keep every browser from showing this page again
    // from its back-forward cache: reload it instead, so the server decides what is shown.
    ui.getPage()
        .executeJs(
            "window.addEventListener('pageshow', e => { if (e.persisted) {"
                + " document.body.innerHTML = ''; location.reload(); } })");
    open();
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    stopListening();
  }

  /** Shows the chat this session has, or the start page. Call on a request thread. */
  void open() {
    freshToken();
    Optional<ChatInSession> kept = store.chat();
    if (kept.isEmpty()) {
      showStart();
      return;
    }
    chat = kept.get();
    try {
      LiveChat current = caseApi.chat(access());
      showChat();
      showHistory(caseApi.chatMessages(access(), 0));
      apply(current);
      if (!current.ended()) {
        listen();
      }
    } catch (CaseApiRefusedException gone) {
      // Ended long ago, or the session's chat is not this person's any more: start afresh.
      store.forget();
      chat = null;
      showStart();
    } catch (CaseApiUnavailableException down) {
      showStart();
      startPart.notWorking();
    }
  }

  void start() {
    freshToken();
    startPart.clearProblem();
    try {
      ChatStarted started = caseApi.startChat(language());
      chat = new ChatInSession(started.id(), started.token(), bearer != null);
      store.keep(chat);
      showChat();
      showHistory(caseApi.chatMessages(access(), 0));
      apply(started.chat());
      listen();
      composer.input.getElement().executeJs("this.focus()");
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      LOG.warning(() -> "A chat could not be started: " + e.getMessage());
      startPart.notWorking();
    }
  }

  // ---- What the stream brings (on the page's lock) ----

  /** What was said before this page opened: shown at once, acknowledged once. */
  private void showHistory(List<ChatMessage> messages) {
    loading = true;
    try {
      messages.forEach(this::showMessage);
    } finally {
      loading = false;
    }
    ChatMessage newest = log.newest();
    if (newest != null && !newest.fromCitizen()) {
      acknowledge(newest.seq());
    }
  }

  void showMessage(ChatMessage message) {
    if (!log.show(message)) {
      return;
    }
    if (loading) {
      if (message.fromBot() && message.emergency() && !emergency.showing()) {
        emergency.setVisible(true);
      }
      return;
    }
    if (message.fromHandler()) {
      hideTyping();
    }
    if (message.fromBot() && message.emergency() && !emergency.showing()) {
      emergency.show();
    }
    showChoices();
    // The newest words and the message box stay in view on a small screen.
    composer.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    if (!message.fromCitizen()) {
      acknowledge(message.seq());
    }
    if ((message.fromBot() || message.fromSystem()) && chat != null) {
      refreshLater();
    }
  }

  void showQueue(QueuePlace place) {
    if (state != null && !state.waiting()) {
      return;
    }
    queue.setText(queueWords(place.position(), place.estimatedWaitSeconds()));
    queue.setVisible(true);
  }

  static String queueWords(int position, int waitSeconds) {
    int minutes = Math.max(1, (waitSeconds + 59) / 60);
    return "You are number "
        + position
        + " in the queue. The wait is about "
        + minutes
        + (minutes == 1 ? " minute." : " minutes.");
  }

  void showTyping(ChatTyping who) {
    if (!"HANDLER".equals(who.party())) {
      return;
    }
    String name = who.name() == null || who.name().isBlank() ? "The contact handler" : who.name();
    // The same words again change nothing on the page, so a screen reader says them once.
    typing.setText(name + " is typing…");
    typing.setVisible(true);
    int shownAs = ++typingShown;
    CompletableFuture.delayedExecutor(TYPING_SHOWN_SECONDS, TimeUnit.SECONDS)
        .execute(
            () ->
                onPage.accept(
                    () -> {
                      if (typingShown == shownAs) {
                        hideTyping();
                      }
                    }));
  }

  void hideTyping() {
    typingShown++;
    typing.setVisible(false);
    typing.setText("");
  }

  void showReceipt(ChatReceipt receipt) {
    if ("HANDLER".equals(receipt.party())) {
      log.seenUpTo(receipt.seq());
    }
  }

  /** The chat as case-api has it now: queue, handler, case reference, language, the end. */
  void apply(LiveChat current) {
    state = current;
    log.seenUpTo(current.handlerReceivedSeq());
    String direction = current.rightToLeft() ? "rtl" : "ltr";
    log.list.getElement().setAttribute("dir", direction);
    composer.writtenIn(current.language(), direction);
    if (current.language() != null) {
      log.list.getElement().setAttribute("lang", current.language());
    }
    if (current.waiting() && current.queuePosition() != null) {
      int wait = current.estimatedWaitSeconds() == null ? 60 : current.estimatedWaitSeconds();
      showQueue(new QueuePlace(current.queuePosition(), wait));
    } else if (!current.waiting()) {
      queue.setVisible(false);
    }
    if (LiveChat.ASSIGNED.equals(current.state()) && current.handlerFirstName() != null) {
      handler.setText("You are talking to " + current.handlerFirstName() + ".");
      handler.setVisible(true);
    }
    caseReference.show(current.caseReference(), chat != null && chat.signedIn());
    showChoices();
    if (current.ended()) {
      showEnded();
    }
  }

  // ---- What the person does (request threads) ----

  void send() {
    freshToken();
    composer.take().ifPresent(text -> say(text, text));
  }

  void choose(ChatChoice choice) {
    freshToken();
    choices.removeAll();
    say(choice.value(), choice.label());
  }

  private void say(String text, String shown) {
    String clientId = "c" + UUID.randomUUID().toString().replace("-", "");
    log.sending(clientId, text, shown);
    post(clientId, text);
  }

  void tryAgain(String clientId) {
    freshToken();
    log.trying(clientId);
    post(clientId, log.textOf(clientId));
  }

  private void post(String clientId, String text) {
    ChatAccess access = access();
    background.execute(
        () -> {
          try {
            ChatMessage stored = caseApi.sendChatMessage(access, clientId, text);
            onPage.accept(() -> showMessage(stored));
          } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
            LOG.fine(() -> "A chat message was not sent: " + e.getMessage());
            onPage.accept(() -> log.notSent(clientId, this::tryAgain));
            if (e instanceof CaseApiRefusedException refused && refused.status() == 409) {
              refreshLater(); // the chat ended meanwhile
            }
          }
        });
  }

  /** At most one "typing" every 3 seconds while they type (the browser throttles the events). */
  void typed() {
    freshToken();
    long now = System.nanoTime();
    if (state == null || state.ended() || now - lastTypingSent < TimeUnit.SECONDS.toNanos(3)) {
      return;
    }
    lastTypingSent = now;
    ChatAccess access = access();
    background.execute(() -> quietly(() -> caseApi.typing(access)));
  }

  void endChat() {
    freshToken();
    try {
      LiveChat ended = caseApi.endChat(access());
      showHistory(caseApi.chatMessages(access(), log.highestSeq()));
      apply(ended);
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      composer.keepChatting();
      composer.problem("Sorry, the chat could not be ended just now. Try again.");
    }
  }

  void startAgain() {
    stopListening();
    store.forget();
    chat = null;
    state = null;
    UI ui = UI.getCurrent();
    if (ui != null) {
      ui.getPage().reload();
    }
  }

  /** Called by the page every 30 seconds while a signed-in chat is open: keeps the token fresh. */
  @ClientCallable
  void stillHere() {
    freshToken();
  }

  // ---- Plumbing ----

  private void listen() {
    stopListening();
    ChatInSession listening = chat;
    int after = log.highestSeq();
    ChatEvents.Builder reader =
        ChatEvents.reading(caseApi.chatEventsUri(listening.id()))
            .headers(() -> CaseApiClient.chatHeaders(listening.access(bearer)))
            .after(after > 0 ? String.valueOf(after) : null)
            .onEvent(this::arrived)
            .onConnection(up -> onPage.accept(() -> showConnection(up)))
            .onRefused(status -> onPage.accept(this::gone));
    events = openStream.apply(reader);
    if (events != null) {
      store.reading(events);
    }
    if (listening.signedIn()) {
      getElement()
          .executeJs(
              "const el = this; const id = setInterval(() => { if (!el.isConnected) {"
                  + " clearInterval(id); return; } el.$server.stillHere(); }, 30000);");
    }
  }

  /** On the stream's thread: read the event, then change the page under its lock. */
  private void arrived(ChatEvents.Event event) {
    switch (event.name()) {
      case "message" -> {
        ChatMessage message = event.as(ChatMessage.class);
        onPage.accept(() -> showMessage(message));
      }
      case "queue" -> {
        QueuePlace place = event.as(QueuePlace.class);
        onPage.accept(() -> showQueue(place));
      }
      case "typing" -> {
        ChatTyping who = event.as(ChatTyping.class);
        onPage.accept(() -> showTyping(who));
      }
      case "receipt" -> {
        ChatReceipt receipt = event.as(ChatReceipt.class);
        onPage.accept(() -> showReceipt(receipt));
      }
      default -> LOG.fine(() -> "Chat event not used here: " + event.name());
    }
  }

  private void showConnection(boolean up) {
    if (up) {
      connection.setVisible(false);
      connection.setText("");
    } else if (state == null || !state.ended()) {
      connection.setText("The connection was lost. Reconnecting…");
      connection.setVisible(true);
    }
  }

  /** case-api says there is no such chat (a quick exit elsewhere, or it was ended and gone). */
  private void gone() {
    stopListening();
    composer.setVisible(false);
    choices.removeAll();
    connection.setText("This chat is no longer available.");
    connection.setVisible(true);
  }

  private void acknowledge(int seq) {
    if (seq <= receivedSent || chat == null) {
      return;
    }
    receivedSent = seq;
    ChatAccess access = access();
    background.execute(() -> quietly(() -> caseApi.received(access, seq)));
  }

  /** State changes come as bot and system messages: read the chat again, off the page's lock. */
  private void refreshLater() {
    ChatAccess access = access();
    background.execute(
        () -> {
          try {
            LiveChat current = caseApi.chat(access);
            onPage.accept(() -> apply(current));
          } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
            LOG.fine(() -> "Could not read the chat again: " + e.getMessage());
          }
        });
  }

  private static void quietly(Runnable call) {
    try {
      call.run();
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      LOG.fine(() -> "A chat signal was not delivered: " + e.getMessage());
    }
  }

  private void stopListening() {
    if (events != null) {
      events.close();
      store.stopped(events);
      events = null;
    }
  }

  private ChatAccess access() {
    return chat.access(bearer);
  }

  /** Reads the person's token now, on a request thread, for calls made later from elsewhere. */
  private void freshToken() {
    if (caseApi != null) {
      try {
        bearer = caseApi.bearerIfSignedIn();
      } catch (RuntimeException notSignedIn) {
        bearer = null;
      }
    }
  }

  private void showChoices() {
    choices.removeAll();
    List<ChatChoice> offered = log.choicesNow();
    boolean withBot = state == null || LiveChat.BOT.equals(state.state());
    if (!withBot || offered.isEmpty()) {
      choices.setVisible(false);
      return;
    }
    offered.forEach(
        choice -> {
          NativeButton button = Buttons.secondary(choice.label());
          button.addClassName("chat-choice");
          button.addClickListener(click -> choose(choice));
          choices.add(button);
        });
    choices.setVisible(true);
  }

  private void showStart() {
    startPart.setVisible(true);
    chatPart.setVisible(false);
  }

  private void showChat() {
    startPart.setVisible(false);
    chatPart.setVisible(true);
  }

  private void showEnded() {
    stopListening();
    composer.setVisible(false);
    choices.setVisible(false);
    typing.setVisible(false);
    queue.setVisible(false);
    connection.setVisible(false);
    if (endedPart.getChildren().findAny().isPresent()) {
      return;
    }
    endedPart.add(
        new ChatEndedPart(
            accountEmail(),
            email -> {
              freshToken();
              caseApi.emailTranscript(access(), email);
            },
            survey -> {
              freshToken();
              caseApi.answerSurvey(access(), survey);
            },
            this::startAgain));
    endedPart.setVisible(true);
  }

  private String accountEmail() {
    try {
      return openId == null || bearer == null ? null : openId.getClaims().getEmail().orElse(null);
    } catch (RuntimeException noClaims) {
      return null;
    }
  }

  private static String language() {
    VaadinRequest request = VaadinRequest.getCurrent();
    Locale locale = request == null ? null : request.getLocale();
    return locale == null || locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
  }

  private static boolean staff() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request != null
        && (request.isUserInRole(PortalRole.CONTACT_HANDLER)
            || request.isUserInRole(PortalRole.INVESTIGATOR)
            || request.isUserInRole(PortalRole.SUPERVISOR)
            || request.isUserInRole(PortalRole.ADMIN));
  }

  // ---- Layout ----

  private void buildChat() {
    chatPart.setId("chat-page");
    connection.setId("chat-connection");
    connection.getElement().setAttribute("role", "status");
    connection.setVisible(false);
    queue.setId("chat-queue");
    queue.getElement().setAttribute("role", "status");
    queue.addClassName("chat-queue");
    queue.setVisible(false);
    handler.setId("chat-handler");
    handler.getElement().setAttribute("role", "status");
    handler.setVisible(false);
    typing.setId("chat-typing");
    typing.addClassName("chat-typing");
    typing.getElement().setAttribute("aria-live", "polite");
    typing.setVisible(false);
    choices.setId("chat-choices");
    choices.addClassName("chat-choices");
    choices.getElement().setAttribute("role", "group");
    choices.getElement().setAttribute("aria-label", "Choose an answer, or type your own");
    choices.setVisible(false);
    buildComposer();
    endedPart.setVisible(false);
    // Where things stand sits just above the message box, where the person is looking.
    chatPart.add(
        new H1("Chat with us"),
        emergency,
        caseReference,
        log,
        connection,
        queue,
        handler,
        typing,
        choices,
        composer,
        endedPart);
  }

  private void buildComposer() {
    composer.input.getElement().addEventListener("input", typedEvent -> typed()).throttle(3000);
    composer.send.addClickListener(click -> send());
    composer.endYes.addClickListener(click -> endChat());
  }
}
