package uk.police.portal.chatbot.triage.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a contact handler receives with a chat: enough to act without asking again.
 *
 * @param category what the bot (and the person) settled on
 * @param priority queue position: emergency, then high risk, then the rest
 * @param safetyRule the safety rule that fired, or null
 * @param vulnerabilities signs of vulnerability noticed in what the person wrote
 * @param answers question key (e.g. {@code question.when}) to the person's answer, in order asked
 * @param language ISO 639-1 code of the language the person wrote in
 * @param transcript the whole conversation
 */
public record HandOver(
    Category category,
    Priority priority,
    String safetyRule,
    Set<Vulnerability> vulnerabilities,
    Map<String, String> answers,
    String language,
    List<Turn> transcript) {

  public HandOver {
    vulnerabilities = Set.copyOf(vulnerabilities);
    answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    transcript = List.copyOf(transcript);
  }
}
