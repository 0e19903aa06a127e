/**
 * Storage of evidence bytes in an S3 object store (MinIO in production, S3Proxy in dev and tests):
 * streaming upload with SHA-256 taken on the fly, download checked against that hash, stat, delete,
 * a health check and the sweeping of uploads left unfinished.
 */
package uk.police.portal.evidencestore.storage;
