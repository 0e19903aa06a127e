package uk.police.portal.api.casefile.entity;

/**
 * Something to add to a case's timeline. Staff send UPDATE (the victim sees it), NOTE (internal),
 * INFORMATION_REQUESTED, STATUS_CHANGED with {@code status}, KEY_EVENT with {@code keyEvent}, or
 * OUTCOME with {@code outcome} (a Home Office code). Citizens send INFORMATION_ADDED.
 */
public record NewEvent(
    EventType type, String text, String status, KeyEvent keyEvent, String outcome) {}
