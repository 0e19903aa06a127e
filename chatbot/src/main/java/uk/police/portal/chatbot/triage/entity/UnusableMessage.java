package uk.police.portal.chatbot.triage.entity;

/**
 * A message triage cannot read (empty, far too long, no words). The message is plain English meant
 * for the person, so a caller can show it as it is (case-api answers 400 with it).
 */
public class UnusableMessage extends IllegalArgumentException {

  public UnusableMessage(String message) {
    super(message);
  }
}
