/**
 * {@link uk.police.portal.evidencestore.intake.boundary.EvidenceIntake}: what case-api calls to
 * accept (or refuse) an upload.
 */
package uk.police.portal.evidencestore.intake.boundary;
