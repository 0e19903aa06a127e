package uk.police.portal.api.casefile.entity;

import java.time.LocalDate;

/** When the victim must next be told, and where that stands today. */
public record UpdateDeadline(LocalDate dueBy, Status status) {

  public enum Status {
    /** Due later than today. */
    DUE,
    /** Due by the end of today. */
    DUE_TODAY,
    /** The day has passed without the victim being told. */
    OVERDUE
  }
}
