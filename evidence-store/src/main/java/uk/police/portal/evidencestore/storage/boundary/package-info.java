/**
 * {@link uk.police.portal.evidencestore.storage.boundary.ObjectStore}: what case-api calls to store
 * evidence bytes.
 */
package uk.police.portal.evidencestore.storage.boundary;
