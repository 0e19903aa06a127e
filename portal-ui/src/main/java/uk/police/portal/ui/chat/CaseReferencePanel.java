package uk.police.portal.ui.chat;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The crime reference of a case the handler made from the chat, large and plain; with links to
 * "Your cases" for someone signed in, and advice to write it down for someone who is not.
 */
class CaseReferencePanel extends Div {

  CaseReferencePanel() {
    setId("chat-case-reference");
    addClassName("chat-reference");
    getElement().setAttribute("role", "status");
    setVisible(false);
  }

  void show(String reference, boolean signedIn) {
    if (reference == null || isVisible()) {
      return;
    }
    Paragraph number = new Paragraph(reference);
    number.setId("chat-case-reference-number");
    number.addClassName("chat-reference__number");
    add(new Paragraph("Your crime reference number is"), number);
    if (signedIn) {
      add(
          new Paragraph(
              new Anchor("/cases/" + reference, "See it in your cases"),
              new Text(" or go to "),
              new Anchor("/cases", "Your cases")));
    } else {
      add(
          new Paragraph(
              "Write this number down. Call 101 and give it if you need to ask about it."));
    }
    setVisible(true);
  }
}
