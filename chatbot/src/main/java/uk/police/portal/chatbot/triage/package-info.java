/**
 * Triage: reads a member of the public's first message, catches emergencies with deterministic
 * safety rules, classifies it into the taxonomy's 20 categories, refers to partner agencies and
 * leads a short conversation that ends in a referral, a self-help answer or a hand-over to a
 * contact handler.
 */
package uk.police.portal.chatbot.triage;
