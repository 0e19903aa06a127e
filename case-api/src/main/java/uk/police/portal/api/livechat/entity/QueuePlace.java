package uk.police.portal.api.livechat.entity;

/** Where a waiting chat is in its queue (1 = next) and about how long until a handler joins. */
public record QueuePlace(int position, int estimatedWaitSeconds) {}
