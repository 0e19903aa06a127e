package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.staff.CaseWords;

/** The secure messages between the victim and the police on this case. */
class MessagesPanel extends Section {

  final OrderedList messages = new OrderedList();

  MessagesPanel(Listing<CaseMessage> listing) {
    setId("messages");
    messages.addClassName("messages");
    add(new H2("Secure messages"));
    if (!listing.items().isEmpty()) {
      add(new Paragraph("Newest first."));
    }
    if (listing.items().isEmpty()) {
      add(new Paragraph("No messages yet."));
      return;
    }
    listing.items().forEach(message -> messages.add(message(message)));
    add(messages);
    if (listing.total() > listing.items().size()) {
      add(
          new Paragraph(
              "Showing " + listing.items().size() + " of " + listing.total() + " messages."));
    }
  }

  static ListItem message(CaseMessage message) {
    String from =
        "CITIZEN".equals(message.from())
            ? "From the victim" + (message.author() == null ? "" : " (" + message.author() + ")")
            : "From " + (message.author() == null ? "the police" : message.author());
    Paragraph text = new Paragraph(message.text());
    text.addClassName("text");
    ListItem item =
        new ListItem(new H3(from), new Paragraph(CaseWords.dateTime(message.sentAt())), text);
    item.addClassName("message");
    return item;
  }
}
