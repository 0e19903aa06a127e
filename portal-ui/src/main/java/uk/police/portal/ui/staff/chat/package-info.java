/**
 * Live chat for staff: the contact handler's console (their chats side by side, the bot's summary,
 * replies, transfers, referrals, a case from a chat) and the supervisor's board of every queue.
 */
package uk.police.portal.ui.staff.chat;
