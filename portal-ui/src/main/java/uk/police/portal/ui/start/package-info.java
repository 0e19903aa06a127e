/** The public start page: what the service is for and how to begin. */
package uk.police.portal.ui.start;
