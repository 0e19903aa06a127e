package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.ComponentEvent;

/**
 * Something changed on a chat card that the console as a whole must know: a reply (the oldest
 * unanswered message may be another chat's now), or the chat left the handler (transferred, ended
 * and dismissed), with words to announce.
 */
class CardChanged extends ComponentEvent<ChatCard> {

  private final boolean leaving;
  private final String announcement;

  CardChanged(ChatCard source, boolean leaving, String announcement) {
    super(source, false);
    this.leaving = leaving;
    this.announcement = announcement;
  }

  boolean leaving() {
    return leaving;
  }

  /** Null when there is nothing to say. */
  String announcement() {
    return announcement;
  }
}
