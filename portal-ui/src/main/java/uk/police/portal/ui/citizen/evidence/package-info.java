/**
 * A citizen adding photos, videos and documents to their case, while reporting or later: the files
 * stream through to case-api, and each gets a receipt with its SHA-256 or case-api's reason.
 */
package uk.police.portal.ui.citizen.evidence;
