/** Evidence: the files citizens upload, kept in object storage (the evidence-store library). */
package uk.police.portal.api.evidence;
