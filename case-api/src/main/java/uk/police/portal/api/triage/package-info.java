/** Triage over HTTP: the chatbot library's first look at a message (category, danger, referral). */
package uk.police.portal.api.triage;
