/**
 * Live chat: a citizen's chat with the triage bot, the queue it waits in, the contact handler who
 * takes it, and the messages between them, streamed to both sides.
 */
package uk.police.portal.api.livechat;
