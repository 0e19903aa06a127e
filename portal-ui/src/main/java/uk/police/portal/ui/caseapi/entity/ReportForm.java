package uk.police.portal.ui.caseapi.entity;

import java.time.LocalDate;

/**
 * The answers of the report flow, as case-api takes them ({@code POST /api/reports}) and keeps them
 * as a draft. Any field may be empty in a draft.
 */
public record ReportForm(
    String category,
    String whatHappened,
    LocalDate occurredOn,
    String occurredTime,
    String location,
    String property,
    Integer propertyValuePounds,
    String injuries,
    String suspect,
    String witnesses,
    Victim victim,
    Vulnerability vulnerability,
    ContactPreferences contact) {

  public record Victim(
      boolean someoneElse, String name, String relationship, String phone, String email) {}

  /** {@code null} answers mean "prefer not to say". */
  public record Vulnerability(
      Boolean feelsUnsafe, Boolean happenedBefore, Boolean under18, String support) {}

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
