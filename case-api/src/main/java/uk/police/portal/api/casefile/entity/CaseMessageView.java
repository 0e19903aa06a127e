package uk.police.portal.api.casefile.entity;

import java.time.OffsetDateTime;

/** A secure message on a case, between the citizen and the police. */
public record CaseMessageView(
    long id, OffsetDateTime sentAt, Sender from, String author, String text) {

  public enum Sender {
    CITIZEN,
    POLICE
  }
}
