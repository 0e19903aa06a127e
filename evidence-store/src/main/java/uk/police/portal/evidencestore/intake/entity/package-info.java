/** The allow-list, the limits, what an accepted upload is, and why an upload was refused. */
package uk.police.portal.evidencestore.intake.entity;
