package uk.police.portal.evidencestore.storage.entity;

/**
 * Whether the bucket keeps old versions and can lock objects. Without both, originals are protected
 * only by this library never writing to an existing key.
 */
public record StoreCapabilities(boolean versioning, boolean objectLock) {}
