package uk.police.portal.api.livechat.control;

import uk.police.portal.api.platform.entity.ConflictException;

/**
 * What a transaction read before it locked the rows changed meanwhile (another request or node got
 * there first): roll back and try again from the start.
 */
public class RowsChanged extends ConflictException {

  public RowsChanged() {
    super("This chat changed hands just now. Please try again.");
  }
}
