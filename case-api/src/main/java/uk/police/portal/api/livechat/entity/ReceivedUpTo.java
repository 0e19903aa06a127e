package uk.police.portal.api.livechat.entity;

/** Delivery ticks: the caller has received every message up to {@code seq}. */
public record ReceivedUpTo(Integer seq) {}
