/**
 * What citizens do in the portal: report a crime ({@code report}) and follow it ({@code cases}).
 */
package uk.police.portal.ui.citizen;
