/** Configuration, results and the one unchecked exception of the object store. */
package uk.police.portal.evidencestore.storage.entity;
