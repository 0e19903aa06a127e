package uk.police.portal.api.livechat.entity;

/** What a contact handler told the router: take new chats, keep mine but no more, or away. */
public enum Availability {
  AVAILABLE,
  BUSY,
  AWAY
}
