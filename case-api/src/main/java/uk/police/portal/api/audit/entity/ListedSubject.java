package uk.police.portal.api.audit.entity;

import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;

/**
 * Something audited on its own (an evidence item) that also appears in a list audited as a whole
 * (its case's evidence list): a read of the list since the thing was added may have shown it.
 *
 * @param listRead the action that records a read of the list, such as READ_EVIDENCE
 * @param since when the thing joined the list
 */
public record ListedSubject(
    String type, String id, String listType, String listId, String listRead, OffsetDateTime since) {

  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    return query
        .setParameter("type", type)
        .setParameter("id", id)
        .setParameter("listType", listType)
        .setParameter("listId", listId)
        .setParameter("listRead", listRead)
        .setParameter("since", since);
  }
}
