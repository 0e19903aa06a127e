package uk.police.portal.api.casefile.control;

import java.util.Optional;
import uk.police.portal.api.casefile.entity.CaseFile;

/** The lists of open cases staff can ask for. */
public enum WorkQueueView {
  MINE(CaseFile.OF_OFFICER, CaseFile.COUNT_OF_OFFICER),
  UNASSIGNED(CaseFile.UNASSIGNED, CaseFile.COUNT_UNASSIGNED),
  ALL(CaseFile.OPEN, CaseFile.COUNT_OPEN);

  private final String query;
  private final String countQuery;

  WorkQueueView(String query, String countQuery) {
    this.query = query;
    this.countQuery = countQuery;
  }

  String query() {
    return query;
  }

  String countQuery() {
    return countQuery;
  }

  public static Optional<WorkQueueView> parse(String typed) {
    for (WorkQueueView view : values()) {
      if (view.name().equalsIgnoreCase(typed)) {
        return Optional.of(view);
      }
    }
    return Optional.empty();
  }
}
