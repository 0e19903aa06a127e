package uk.police.portal.api.livechat.entity;

/** What a message is: words someone wrote, or an event in the chat's life told in words. */
public enum MessageKind {
  TEXT,
  HANDED_OVER,
  JOINED,
  RETURNED,
  TRANSFERRED,
  REFERRED,
  CASE_CREATED,
  QUICK_EXIT,
  ENDED
}
