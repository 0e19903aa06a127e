/** Hashing streams, key generation and the translation of MinIO errors into plain English. */
package uk.police.portal.evidencestore.storage.control;
