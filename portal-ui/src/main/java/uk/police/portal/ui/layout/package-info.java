/** The frame around every page: service name, navigation, sign in and out. */
package uk.police.portal.ui.layout;
