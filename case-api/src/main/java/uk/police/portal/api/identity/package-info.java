/** Who is calling: the person behind the access token, as the API sees them. */
package uk.police.portal.api.identity;
