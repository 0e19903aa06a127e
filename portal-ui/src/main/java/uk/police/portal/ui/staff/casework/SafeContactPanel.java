package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.caseapi.entity.ReportForm.ContactPreferences;

/**
 * How the victim said we may contact them, shown before anything else an officer might act on: a
 * voicemail or a call at the wrong time can put someone in danger.
 */
class SafeContactPanel extends Section {

  final Facts facts = new Facts();

  SafeContactPanel(ReportForm report) {
    setId("safe-contact");
    addClassName("safe-contact");
    getElement().setAttribute("aria-labelledby", "safe-contact-heading");
    H2 heading = new H2("Before you contact the victim");
    heading.setId("safe-contact-heading");
    add(heading);
    ContactPreferences contact = report == null ? null : report.contact();
    if (contact == null) {
      add(
          new Paragraph(
              "They told us nothing about how to contact them. Use the secure messages on this"
                  + " page."));
      return;
    }
    facts
        .fact("How to contact them", ways(contact))
        .fact(
            "May we leave messages?",
            contact.mayLeaveMessages()
                ? "Yes"
                : "No. Do not leave voicemail, texts or messages with anyone else.")
        .fact("Safe times to contact them", safeTimes(contact.safeTimes()))
        .fact("Code word", codeWord(contact.codeWord()));
    add(facts);
    if (report.victim() != null && report.victim().someoneElse()) {
      add(
          new Paragraph(
              "This was reported for someone else. These are the preferences of the person who"
                  + " reported it; see \"The victim\" in the report below."));
    }
  }

  private static UnorderedList ways(ContactPreferences contact) {
    UnorderedList ways = new UnorderedList();
    if (contact.byEmail()) {
      ways.add(new ListItem("Email: " + orNone(contact.email())));
    }
    if (contact.byPhone()) {
      ways.add(new ListItem("Phone call: " + orNone(contact.phone())));
    }
    if (contact.byText()) {
      ways.add(new ListItem("Text message: " + orNone(contact.phone())));
    }
    if (ways.getChildren().findAny().isEmpty()) {
      ways.add(new ListItem("None. Use the secure messages on this page only."));
    }
    return ways;
  }

  private static String safeTimes(String times) {
    return times == null || times.isBlank() ? "They did not say: any time" : times;
  }

  private static String codeWord(String word) {
    return word == null || word.isBlank()
        ? "None"
        : "\"" + word + "\". Ask for it before you talk about the case on the phone.";
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? "not given" : value;
  }
}
