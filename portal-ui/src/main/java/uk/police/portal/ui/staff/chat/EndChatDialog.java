package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a chat is ended: the citizen cannot carry on in it afterwards. */
class EndChatDialog extends Dialog {

  final Button end = new Button("End the chat");
  final Button keep = new Button("Keep it open");

  EndChatDialog(Runnable onEnd) {
    setHeaderTitle("End this chat?");
    add(
        new Paragraph(
            "The citizen will see that the chat has ended and cannot write in it again. They can"
                + " start a new chat."));
    end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    end.addClickListener(
        click -> {
          close();
          onEnd.run();
        });
    keep.addClickListener(click -> close());
    getFooter().add(keep, end);
  }
}
