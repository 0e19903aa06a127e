package uk.police.portal.api.casefile.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.platform.entity.FieldError;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.chatbot.triage.entity.Category;

/**
 * The answers a report must have before it becomes a case, each refusal worded for the person who
 * typed it (GOV.UK error message style) and tied to its field so the page that asked can show it.
 */
public final class ReportCheck {

  public static final int STORY_LIMIT = 10_000;
  static final int FIELD_LIMIT = 5_000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

  private final List<FieldError> errors = new ArrayList<>();

  private ReportCheck() {}

  /** Throws with every refused answer at once, so a client can show them all. */
  public static void require(ReportForm form, LocalDate today) {
    if (form == null) {
      throw new InvalidRequestException("Send the report as JSON.");
    }
    ReportCheck check = new ReportCheck();
    check.category(form.category());
    check.story(form.whatHappened());
    check.when(form.occurredOn(), today);
    check.longest("occurredTime", form.occurredTime(), 100, "The time");
    check.required("location", form.location(), "Enter where it happened");
    check.longest("location", form.location(), 500, "Where it happened");
    check.longest("property", form.property(), FIELD_LIMIT, "What was taken or damaged");
    check.value(form.propertyValuePounds());
    check.longest("injuries", form.injuries(), FIELD_LIMIT, "The injuries");
    check.longest("suspect", form.suspect(), FIELD_LIMIT, "What you know about the suspect");
    check.longest("witnesses", form.witnesses(), FIELD_LIMIT, "The witnesses");
    check.victim(form.victim());
    if (form.vulnerability() != null) {
      check.longest("vulnerability.support", form.vulnerability().support(), 2_000, "Support");
    }
    check.contact(form.contact());
    if (!check.errors.isEmpty()) {
      throw new InvalidRequestException(
          "Some answers need changing: " + check.errors.get(0).message() + ".", check.errors);
    }
  }

  private void category(String code) {
    if (code == null || code.isBlank()) {
      add("category", "Select what happened");
      return;
    }
    Category category;
    try {
      category = Category.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      add("category", "Select what happened from the list");
      return;
    }
    category.referral().ifPresent(r -> add("category", Referrals.instead(r)));
    switch (category) {
      case MISSING_PERSON ->
          add("category", "Report a missing person by calling 101, or 999 if they are in danger");
      case LOST_PROPERTY ->
          add(
              "category",
              "Lost property is not reported as a crime. If it was stolen, select Theft");
      case GENERAL_ENQUIRY -> add("category", "Select the crime you want to report");
      default -> {}
    }
  }

  private void story(String text) {
    required("whatHappened", text, "Enter what happened, in your own words");
    if (text != null && text.length() > STORY_LIMIT) {
      add(
          "whatHappened",
          "What happened must be 10,000 characters or fewer. You have typed "
              + String.format("%,d", text.length()));
    }
  }

  private void when(LocalDate day, LocalDate today) {
    if (day == null) {
      add("occurredOn", "Enter the date it happened. If you are not sure, give your best guess");
    } else if (day.isAfter(today)) {
      add("occurredOn", "The date it happened must be today or in the past");
    } else if (day.getYear() < 1900) {
      add("occurredOn", "The date it happened must be after 1900");
    }
  }

  private void value(Integer pounds) {
    if (pounds != null && (pounds < 0 || pounds > 100_000_000)) {
      add("propertyValuePounds", "Enter a value in whole pounds, 0 or more, like 250");
    }
  }

  private void victim(ReportForm.Victim victim) {
    if (victim == null) {
      add("victim", "Select whether this happened to you or to someone else");
      return;
    }
    if (victim.someoneElse()) {
      required("victim.name", victim.name(), "Enter the name of the person it happened to");
    }
    longest("victim.name", victim.name(), 200, "The name");
    longest("victim.relationship", victim.relationship(), 100, "How you know them");
    phone("victim.phone", victim.phone());
    email("victim.email", victim.email());
  }

  private void contact(ReportForm.ContactPreferences contact) {
    if (contact == null) {
      add("contact", "Select how we may contact you");
      return;
    }
    if (contact.byEmail()) {
      required("contact.email", contact.email(), "Enter your email address");
    }
    email("contact.email", contact.email());
    if (contact.byPhone() || contact.byText()) {
      required("contact.phone", contact.phone(), "Enter a phone number we can use");
    }
    phone("contact.phone", contact.phone());
    longest("contact.safeTimes", contact.safeTimes(), 200, "Safe times");
    longest("contact.codeWord", contact.codeWord(), 50, "The code word");
  }

  private void email(String field, String email) {
    if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
      add(field, "Enter an email address in the right format, like name@example.com");
    }
  }

  private void phone(String field, String phone) {
    if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
      add(field, "Enter a phone number, like 01632 960 001 or +44 7700 900 982");
    }
  }

  private void required(String field, String value, String message) {
    if (value == null || value.isBlank()) {
      add(field, message);
    }
  }

  private void longest(String field, String value, int limit, String what) {
    if (value != null && value.length() > limit) {
      add(field, what + " must be " + String.format("%,d", limit) + " characters or fewer");
    }
  }

  private void add(String field, String message) {
    if (errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new FieldError(field, message));
    }
  }
}
