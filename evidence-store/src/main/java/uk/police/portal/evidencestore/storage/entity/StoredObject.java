package uk.police.portal.evidencestore.storage.entity;

/**
 * What a put stored: the bytes counted and hashed (SHA-256, lower-case hex) while they streamed.
 */
public record StoredObject(String key, long size, String sha256, String etag) {}
