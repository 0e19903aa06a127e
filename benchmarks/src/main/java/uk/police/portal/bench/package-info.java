/**
 * What {@code ./portal bench cases} needs besides the Gatling simulation: citizens in Keycloak, a
 * database of cases written with PostgreSQL COPY, and the figures read back from Gatling's report.
 */
package uk.police.portal.bench;
