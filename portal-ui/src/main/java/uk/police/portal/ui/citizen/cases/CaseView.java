package uk.police.portal.ui.citizen.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.control.EvidenceFiles;
import uk.police.portal.ui.caseapi.control.EvidenceStreams;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.NewEvent;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.citizen.EmergencyCheck;
import uk.police.portal.ui.citizen.evidence.EvidenceSection;
import uk.police.portal.ui.citizen.evidence.ReceiptEmail;
import uk.police.portal.ui.citizen.report.ReportSummary;
import uk.police.portal.ui.citizen.statement.StatementSection;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.EmergencyAdvice;
import uk.police.portal.ui.form.ErrorSummary;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.SummaryList;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * One of the citizen's cases: where it stands, who is in charge, when they will next hear, the
 * outcome in plain words, the timeline newest first, secure messages, a way to add information,
 * their photos, videos and documents, and their witness statement. Everything people wrote is shown
 * as text.
 */
@Dependent
@Route(value = "cases/:reference", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final int MESSAGE_LIMIT = 10_000;
  static final int INFORMATION_LIMIT = 10_000;
  static final int MOST_SHOWN = 100;

  /** Well formed: PC-, four, hyphen, four (case-api checks the rest, and the owner). */
  static final String REFERENCE = "PC-[A-Z0-9]{4}-[A-Z0-9]{4}";

  @Inject CaseApiClient caseApi;
  @Inject EvidenceStreams streams;
  @Inject EvidenceFiles files;

  final ErrorSummary errorSummary = new ErrorSummary();
  final EmergencyAdvice emergency =
      new EmergencyAdvice(
          "We have added what you wrote to your case, but we may not read it straight away.");
  final Div sent = new Div();
  final OrderedList timeline = new OrderedList();
  final Div messages = new Div();
  final TextQuestion message =
      TextQuestion.of(
              "message",
              "Send a message",
              "The officer working on your case will read it. Do not use this in an emergency:"
                  + " call 999.",
              TextQuestion.Kind.BOX)
          .rows(4);
  final NativeButton sendMessage = Buttons.primary("Send message");
  final TextQuestion information =
      TextQuestion.of(
              "information",
              "Add information to your report",
              "Tell us anything new, such as something you remembered, or something else you"
                  + " found was missing.",
              TextQuestion.Kind.BOX)
          .rows(4);
  final NativeButton addInformation = Buttons.primary("Add information");
  String reference;
  private String title = CaseNotFound.HEADING;

  public CaseView() {
    sendMessage.setId("send-message");
    addInformation.setId("add-information");
    sendMessage.addClickListener(click -> sendMessage());
    addInformation.addClickListener(click -> addInformation());
    sent.addClassName("notification-banner");
    sent.getElement().setAttribute("role", "status");
    sent.setId("case-notice");
    sent.setVisible(false);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    open(event.getRouteParameters().get("reference").orElse(""));
  }

  void open(String typed) {
    removeAll();
    Optional<String> wellFormed = wellFormed(typed);
    if (wellFormed.isEmpty()) {
      notFound();
      return;
    }
    reference = wellFormed.get();
    try {
      CaseDetail detail = caseApi.caseFile(reference, null);
      show(detail);
    } catch (CaseApiRefusedException refused) {
      // Not there, not theirs, or not allowed: one and the same answer.
      notFound();
    } catch (CaseApiUnavailableException unavailable) {
      unavailable();
    }
  }

  /** The reference in capitals if it is well formed; whose it is, only case-api can say. */
  public static Optional<String> wellFormed(String typed) {
    String upper = typed == null ? "" : typed.strip().toUpperCase(Locale.UK);
    return upper.matches(REFERENCE) ? Optional.of(upper) : Optional.empty();
  }

  private void notFound() {
    title = CaseNotFound.HEADING;
    CaseNotFound.content().forEach(this::add);
  }

  private void unavailable() {
    removeAll();
    title = "Sorry, there is a problem with the service";
    add(
        new H1(title),
        new Paragraph("We cannot show your case right now. Try again in a few minutes."),
        new Paragraph("In an emergency, call 999."));
  }

  void show(CaseDetail detail) {
    title = "Your case " + detail.reference();
    Span caption = new Span("Your case");
    caption.addClassName("caption");
    H1 heading = new H1(detail.categoryName());
    heading.setId("case-heading");
    SummaryList summary =
        new SummaryList()
            .row("Reference", detail.reference())
            .row("What you reported", detail.categoryName())
            .row("Reported on", Dates.day(detail.reportedAt()))
            .row("Status", detail.statusText())
            .row(
                "Officer in charge",
                detail.officerName() == null ? "Not given yet" : detail.officerName())
            .row(
                "Next update by",
                detail.nextUpdateBy() == null
                    ? "We will tell you when there is news"
                    : Dates.day(detail.nextUpdateBy()));
    summary.setId("case-summary");
    add(Buttons.backLink("/cases"), emergency, errorSummary, sent, caption, heading, summary);
    if (detail.outcome() != null) {
      Paragraph outcome = new Paragraph(detail.outcome().forVictim());
      outcome.setId("outcome");
      outcome.addClassName("inset-text");
      add(new H2("Outcome"), outcome);
    }
    timeline.setId("timeline");
    timeline.addClassName("timeline");
    messages.setId("messages");
    add(new H2("What has happened"), timeline);
    add(new H2("Messages"), messages, message, sendMessage);
    add(new H2("Add information"), information, addInformation);
    add(
        new EvidenceSection(
            "Photos, videos and documents",
            detail.reference(),
            !"CLOSED".equals(detail.status()),
            ReceiptEmail.of(detail.report()),
            caseApi,
            streams));
    add(new StatementSection(detail.reference(), caseApi, files));
    if (detail.report() != null) {
      Div report = new Div();
      ReportSummary.of(detail.report()).forEach(report::add);
      NativeDetails yourReport = new NativeDetails("Your report as you sent it", report);
      yourReport.addClassName("details");
      add(yourReport);
    }
    loadTimeline();
    loadMessages();
  }

  void loadTimeline() {
    timeline.removeAll();
    try {
      List<TimelineEntry> entries =
          new ArrayList<>(caseApi.timeline(reference, null, 0, MOST_SHOWN).items());
      entries.removeIf(e -> !e.visibleToVictim());
      entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
      entries.forEach(entry -> timeline.add(entry(entry)));
      if (entries.isEmpty()) {
        timeline.add(new ListItem("Nothing yet."));
      }
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      timeline.add(new ListItem("We cannot show what has happened right now."));
    }
  }

  private static ListItem entry(TimelineEntry entry) {
    H3 title = new H3(entry.title());
    title.addClassName("timeline__title");
    Paragraph when = new Paragraph(Dates.dayAndTime(entry.at()));
    when.addClassName("timeline__date");
    ListItem item = new ListItem(title, when);
    if (entry.text() != null && !entry.text().isBlank()) {
      Paragraph text = new Paragraph(entry.text());
      text.addClassName("user-text");
      item.add(text);
    }
    item.addClassName("timeline__entry");
    return item;
  }

  void loadMessages() {
    messages.removeAll();
    try {
      List<CaseMessage> all =
          new ArrayList<>(caseApi.messages(reference, null, 0, MOST_SHOWN).items());
      all.sort(Comparator.comparing(CaseMessage::sentAt));
      if (all.isEmpty()) {
        messages.add(new Paragraph("No messages yet."));
      }
      all.forEach(m -> messages.add(message(m)));
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      messages.add(new Paragraph("We cannot show your messages right now."));
    }
  }

  private static Div message(CaseMessage m) {
    boolean mine = "CITIZEN".equals(m.from());
    Paragraph who =
        new Paragraph(
            (mine ? "You" : (m.author() == null ? "Police" : m.author() + " (police)"))
                + ", "
                + Dates.dayAndTime(m.sentAt()));
    who.addClassName("message__from");
    Paragraph text = new Paragraph(m.text());
    text.addClassName("user-text");
    Div box = new Div(who, text);
    box.addClassNames("message", mine ? "message--citizen" : "message--police");
    return box;
  }

  void sendMessage() {
    submit(
        message,
        "Enter a message",
        MESSAGE_LIMIT,
        "your message",
        text -> caseApi.sendMessage(reference, text),
        "Your message has been sent.",
        this::loadMessages);
  }

  void addInformation() {
    submit(
        information,
        "Enter the information you want to add",
        INFORMATION_LIMIT,
        "the information",
        text -> caseApi.addEvent(reference, NewEvent.of("INFORMATION_ADDED", text)),
        "We have added your information to your case.",
        this::loadTimeline);
  }

  private void submit(
      TextQuestion question,
      String requiredMessage,
      int limit,
      String name,
      Consumer<String> action,
      String done,
      Runnable reload) {
    message.clearError();
    information.clearError();
    sent.setVisible(false);
    String text = question.value().strip();
    String problem =
        text.isEmpty()
            ? requiredMessage
            : text.length() > limit
                ? name.substring(0, 1).toUpperCase(Locale.UK)
                    + name.substring(1)
                    + " must be "
                    + String.format(Locale.UK, "%,d", limit)
                    + " characters or fewer. You have typed "
                    + String.format(Locale.UK, "%,d", text.length())
                    + "."
                : null;
    if (problem != null) {
      question.showError(problem);
      errorSummary.show(List.of(new Problem(question.focusId(), problem)));
      return;
    }
    errorSummary.clear();
    if (EmergencyCheck.soundsLikeEmergency(caseApi, text)) {
      emergency.show();
    }
    try {
      action.accept(text);
      question.setValue("");
      sent.setText(done);
      sent.setVisible(true);
      reload.run();
    } catch (CaseApiRefusedException refused) {
      question.showError(refused.getMessage());
      errorSummary.show(List.of(new Problem(question.focusId(), refused.getMessage())));
    } catch (CaseApiUnavailableException unavailable) {
      String sorry = "Sorry, we could not send this just now. Try again in a few minutes.";
      question.showError(sorry);
      errorSummary.show(List.of(new Problem(question.focusId(), sorry)));
    }
  }

  @Override
  public String getPageTitle() {
    return title + " - Report a crime - Police";
  }
}
