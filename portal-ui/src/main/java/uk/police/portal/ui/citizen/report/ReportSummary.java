package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.SummaryList;

/**
 * The answers of a report as GOV.UK summary lists, in the order they were asked: on check your
 * answers (with a Change link for each) and on the case page (without).
 */
public final class ReportSummary {

  private final ReportAnswers a;
  private final boolean changeable;

  private ReportSummary(ReportAnswers answers, boolean changeable) {
    this.a = answers;
    this.changeable = changeable;
  }

  static List<Component> withChangeLinks(ReportAnswers answers) {
    return new ReportSummary(answers, true).sections();
  }

  /** A sent report, as its case page shows it. */
  public static List<Component> of(ReportForm form) {
    return new ReportSummary(ReportAnswers.from(form, Step.CHECK_ANSWERS), false).sections();
  }

  private List<Component> sections() {
    List<Component> parts = new ArrayList<>();
    parts.add(heading("What happened"));
    parts.add(
        new SummaryList()
            .row(
                "What you are reporting", Category.describe(a.category), change(Step.TYPE_OF_CRIME))
            .row("When it happened", when(), change(Step.WHEN))
            .row("Where it happened", a.location, change(Step.WHERE))
            .row("What was taken or damaged", orNone(a.property), change(Step.PROPERTY))
            .row(
                "What it was worth",
                a.propertyValuePounds == null
                    ? "Not given"
                    : "£" + Answers.thousands(a.propertyValuePounds),
                change(Step.PROPERTY))
            .row("Was anyone hurt", orNone(a.injuries), change(Step.INJURIES))
            .row("What happened", a.whatHappened, change(Step.WHAT_HAPPENED))
            .row("About who did it", orNone(a.suspect), change(Step.SUSPECT))
            .row("Who saw it", orNone(a.witnesses), change(Step.WITNESSES)));
    parts.add(heading("Who it happened to"));
    parts.add(new SummaryList().row("Who it happened to", victim(), change(Step.VICTIM)));
    parts.add(heading("Help and support"));
    parts.add(
        new SummaryList()
            .row("Feels unsafe", choice(a.feelsUnsafe), change(Step.SUPPORT))
            .row("Happened before", choice(a.happenedBefore), change(Step.SUPPORT))
            .row("Under 18", choice(a.under18), change(Step.SUPPORT))
            .row("What would help", orNone(a.support), change(Step.SUPPORT)));
    parts.add(heading("How we can contact you"));
    SummaryList contact =
        new SummaryList().row("How we can contact you", ways(), change(Step.CONTACT));
    if (a.byEmail) {
      contact.row("Email address", a.email, change(Step.CONTACT));
    }
    if (a.byPhone || a.byText) {
      contact.row("Phone number", a.phone, change(Step.CONTACT));
    }
    contact
        .row("Safe times to contact you", orNone(a.safeTimes), change(Step.STAYING_SAFE))
        .row(
            "Leave a message",
            a.mayLeaveMessages == null ? "" : a.mayLeaveMessages ? "Yes" : "No",
            change(Step.STAYING_SAFE))
        .row("Code word", orNone(a.codeWord), change(Step.STAYING_SAFE));
    parts.add(contact);
    return parts;
  }

  private static H2 heading(String text) {
    H2 heading = new H2(text);
    heading.addClassName("heading-m");
    return heading;
  }

  private String change(Step step) {
    return changeable ? "/" + step.path() + "?change=true" : null;
  }

  private String when() {
    if (a.occurredOn == null) {
      return "";
    }
    return Dates.day(a.occurredOn) + (a.occurredTime == null ? "" : ", " + a.occurredTime);
  }

  private String victim() {
    if (a.victim == null) {
      return "";
    }
    if (!a.someoneElse()) {
      return "Me";
    }
    return "Someone else: "
        + (a.victimName == null ? "" : a.victimName)
        + (a.victimRelationship == null ? "" : " (" + a.victimRelationship + ")");
  }

  private String ways() {
    List<String> ways = new ArrayList<>();
    if (a.byEmail) {
      ways.add("Email");
    }
    if (a.byPhone) {
      ways.add("Phone call");
    }
    if (a.byText) {
      ways.add("Text message");
    }
    return String.join(", ", ways);
  }

  private static String choice(String answer) {
    if (answer == null) {
      return "Not answered";
    }
    return switch (answer) {
      case ReportAnswers.YES -> "Yes";
      case ReportAnswers.NO -> "No";
      default -> "Prefer not to say";
    };
  }

  private static String orNone(String text) {
    return text == null || text.isBlank() ? "None given" : text;
  }
}
