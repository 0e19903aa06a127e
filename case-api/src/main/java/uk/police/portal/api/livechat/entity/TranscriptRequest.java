package uk.police.portal.api.livechat.entity;

/** Where the citizen wants the transcript of an ended chat sent. */
public record TranscriptRequest(String email) {}
