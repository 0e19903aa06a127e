/**
 * Case files: a reported crime from its reference number to its outcome, and the victim's rights.
 */
package uk.police.portal.api.casefile;
