package uk.police.portal.api.casefile.entity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person tells us when they report a crime online, one field per question page. The same
 * shape is saved as a draft (any field may be missing) and sent as the report (checked by {@code
 * ReportCheck}).
 */
public record ReportForm(
    /** A category code of the triage taxonomy, e.g. THEFT. */
    String category,
    /** What happened, in their own words. */
    String whatHappened,
    /** The day it happened, or started; not in the future. */
    LocalDate occurredOn,
    /** The time, as they remember it ("about 3pm", "overnight"). */
    String occurredTime,
    /** An address, or a description of the place. */
    String location,
    /** What was taken or damaged; empty when nothing was. */
    String property,
    /** What it was worth, in whole pounds, as far as they know. */
    Integer propertyValuePounds,
    /** Anyone hurt, and how; empty when nobody was. */
    String injuries,
    /** Anything about the person or people who did it. */
    String suspect,
    /** Anyone who saw it, and how to reach them. */
    String witnesses,
    Victim victim,
    Vulnerability vulnerability,
    ContactPreferences contact) {

  /**
   * The address to email, only if the person gave one and said email was safe: with email refused,
   * nothing is ever sent, not even the confirmation.
   */
  public Optional<String> safeEmail() {
    if (contact == null || !contact.byEmail() || contact.email() == null) {
      return Optional.empty();
    }
    return Optional.of(contact.email().strip()).filter(address -> !address.isEmpty());
  }

  /** Who the crime happened to: the person reporting, or someone they report for. */
  public record Victim(
      boolean someoneElse, String name, String relationship, String phone, String email) {}

  /**
   * Asked with care, every answer optional; {@code null} means "prefer not to say". Any yes makes
   * the victim entitled to enhanced rights under the Victims' Code.
   */
  public record Vulnerability(
      Boolean feelsUnsafe, Boolean happenedBefore, Boolean under18, String support) {}

  /**
   * How we may contact them and how safely. With {@code byEmail} false no email is ever sent, not
   * even the confirmation. The code word is asked for before anything is discussed by phone.
   */
  public record ContactPreferences(
      boolean byEmail,
      String email,
      boolean byPhone,
      String phone,
      boolean byText,
      String safeTimes,
      boolean mayLeaveMessages,
      String codeWord) {}
}
