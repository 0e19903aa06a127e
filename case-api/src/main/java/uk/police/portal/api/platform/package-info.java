/**
 * What every resource stands on: the JAX-RS application, security roles, errors as Problem Details,
 * the database.
 */
package uk.police.portal.api.platform;
