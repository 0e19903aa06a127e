package uk.police.portal.ui.citizen.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The question pages in order, each with the ReportForm fields it asks for, so that case-api's word
 * on a field ({@code occurredOn}, {@code contact.email}) sends the person to the right page.
 */
enum Step {
  TYPE_OF_CRIME("type-of-crime", "category"),
  HAPPENING_NOW("happening-now"),
  WHEN("when", "occurredOn", "occurredTime"),
  WHERE("where", "location"),
  PROPERTY("what-was-taken", "property", "propertyValuePounds"),
  INJURIES("injuries", "injuries"),
  WHAT_HAPPENED("what-happened", "whatHappened"),
  SUSPECT("suspect", "suspect"),
  WITNESSES("witnesses", "witnesses"),
  VICTIM("who-it-happened-to", "victim"),
  SUPPORT("support", "vulnerability"),
  STAYING_SAFE("staying-safe", "contact.safeTimes", "contact.mayLeaveMessages", "contact.codeWord"),
  CONTACT("contact", "contact"),
  CHECK_ANSWERS("check-answers");

  final String slug;
  final List<String> fields;

  Step(String slug, String... fields) {
    this.slug = slug;
    this.fields = List.of(fields);
  }

  String path() {
    return "report/" + slug;
  }

  /** The page after this one in the flow; contact comes before staying safe. */
  Step next() {
    return FLOW.get(Math.min(FLOW.indexOf(this) + 1, FLOW.size() - 1));
  }

  Step previous() {
    return FLOW.get(Math.max(FLOW.indexOf(this) - 1, 0));
  }

  boolean isAfter(Step other) {
    return FLOW.indexOf(this) > FLOW.indexOf(other);
  }

  /** The order people see the pages in (the enum order puts specific contact fields first). */
  static final List<Step> FLOW =
      List.of(
          TYPE_OF_CRIME,
          HAPPENING_NOW,
          WHEN,
          WHERE,
          PROPERTY,
          INJURIES,
          WHAT_HAPPENED,
          SUSPECT,
          WITNESSES,
          VICTIM,
          SUPPORT,
          CONTACT,
          STAYING_SAFE,
          CHECK_ANSWERS);

  static Optional<Step> ofSlug(String slug) {
    return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
  }

  /**
   * The page that asks for a field as case-api names it: an exact name first, then the nearest
   * enclosing one ({@code victim.name} is on the victim page). Anything else goes to check answers,
   * where the message is shown on its own.
   */
  static Step asking(String field) {
    if (field == null) {
      return CHECK_ANSWERS;
    }
    for (Step step : values()) {
      if (step.fields.contains(field)) {
        return step;
      }
    }
    for (Step step : values()) {
      if (step.fields.stream().anyMatch(f -> field.startsWith(f + "."))) {
        return step;
      }
    }
    return CHECK_ANSWERS;
  }
}
