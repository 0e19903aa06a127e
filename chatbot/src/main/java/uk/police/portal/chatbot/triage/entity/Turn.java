package uk.police.portal.chatbot.triage.entity;

import java.time.Instant;

/** One line of the transcript. */
public record Turn(Speaker speaker, String text, Instant at) {

  public enum Speaker {
    CITIZEN,
    BOT
  }
}
