/**
 * A citizen's witness statement: guided pages to write (or correct) it in their own words, check
 * it, declare it true and sign it, and its signed versions on their case page.
 */
package uk.police.portal.ui.citizen.statement;
