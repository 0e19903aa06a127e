/**
 * Intake of a citizen's upload: its type decided from its bytes against an allow-list, size and
 * picture-size limits enforced while it streams, its original name cleaned, and the capture time,
 * camera and location read from photos.
 */
package uk.police.portal.evidencestore.intake;
