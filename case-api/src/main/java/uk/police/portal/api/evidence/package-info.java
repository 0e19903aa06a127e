/**
 * Evidence: the files citizens and officers add to a case, kept in object storage (the
 * evidence-store library) with a record here of who added what, when, and its SHA-256.
 */
package uk.police.portal.api.evidence;
