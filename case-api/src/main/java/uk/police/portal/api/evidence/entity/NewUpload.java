package uk.police.portal.api.evidence.entity;

/**
 * What an API client says about a file before sending it straight to object storage.
 *
 * @param name the file's original name (cleaned; kept for the investigator and the receipt only)
 * @param size its exact size in bytes; the store takes no other
 */
public record NewUpload(String name, Long size) {}
