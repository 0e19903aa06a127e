/**
 * A citizen's own cases: the list, and a case page with its timeline, the outcome, secure messages
 * and a way to add information. Another person's case and a case that does not exist look exactly
 * the same, so nobody can probe for references.
 */
package uk.police.portal.ui.citizen.cases;
