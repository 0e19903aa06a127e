package uk.police.portal.api.livechat.entity;

/**
 * Where a chat goes: a queue ({@code "PUBLIC_PROTECTION"}) or a colleague's username, one of the
 * two, with a note for staff (at most 1,000 characters, never shown to the citizen).
 */
public record TransferRequest(String queue, String handler, String note) {

  public static final int NOTE_LIMIT = 1000;
}
