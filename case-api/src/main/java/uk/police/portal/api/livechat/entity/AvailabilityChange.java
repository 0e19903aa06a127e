package uk.police.portal.api.livechat.entity;

/** A handler saying whether they take new chats: {@code {"availability":"AVAILABLE"}}. */
public record AvailabilityChange(Availability availability) {}
