/** Liveness and readiness: ready only when the database, the object store and Keycloak answer. */
package uk.police.portal.api.health;
