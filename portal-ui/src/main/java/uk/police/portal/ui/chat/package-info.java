/**
 * The citizen's live chat: the bot first, then a contact handler; the quick exit on every citizen
 * and public page. The chat's id and secret token live in the person's session, never in a URL.
 */
package uk.police.portal.ui.chat;
