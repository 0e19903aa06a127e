/** The signed-in person's own page: who the portal knows them as. */
package uk.police.portal.ui.account;
