/**
 * Live chat after the bot: the queues a handed-over chat waits in, who takes it next, and what the
 * handler sees. Plain Java; case-api stores chats and enforces the rules in its database.
 */
package uk.police.portal.chatbot.livechat;
