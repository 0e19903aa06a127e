/**
 * What the benchmarks need besides their servers: for {@code ./portal bench cases}, citizens in
 * Keycloak, a database of cases written with PostgreSQL COPY and Gatling's figures read back; for
 * {@code ./portal bench evidence}, the video, the two upload paths and the server's GC log.
 */
package uk.police.portal.bench;
