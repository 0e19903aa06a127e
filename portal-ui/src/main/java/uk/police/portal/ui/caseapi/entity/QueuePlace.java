package uk.police.portal.ui.caseapi.entity;

/** A waiting chat's place in its queue (1 = next) and about how long until a handler joins. */
public record QueuePlace(int position, int estimatedWaitSeconds) {}
