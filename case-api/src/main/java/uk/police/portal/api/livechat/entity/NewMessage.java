package uk.police.portal.api.livechat.entity;

/** A message about to be stored; the chat numbers it. */
public record NewMessage(
    String clientId,
    Sender sender,
    String senderName,
    MessageKind kind,
    boolean staffOnly,
    String text,
    String botJson) {

  /** An event in the chat's life, told in words, from the system. */
  public static NewMessage system(MessageKind kind, String text, boolean staffOnly) {
    return new NewMessage(null, Sender.SYSTEM, null, kind, staffOnly, text, null);
  }
}
