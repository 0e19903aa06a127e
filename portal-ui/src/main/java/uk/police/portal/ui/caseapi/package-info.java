/** The portal's view of case-api: every call carries the signed-in person's own access token. */
package uk.police.portal.ui.caseapi;
