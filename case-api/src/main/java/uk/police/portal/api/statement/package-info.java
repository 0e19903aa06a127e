/**
 * Witness statements: a citizen's account in their own words, signed under the section 9
 * declaration of truth, kept as an immutable PDF evidence item; a correction is a new version.
 */
package uk.police.portal.api.statement;
