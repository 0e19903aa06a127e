package uk.police.portal.api.statement.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.police.portal.api.platform.entity.FieldError;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.statement.entity.StatementForm;

/**
 * The answers a statement needs before it can be signed, each refusal worded for the witness
 * (GOV.UK error message style) and named by its field in {@link StatementForm}, all at once.
 */
public final class StatementCheck {

  public static final int ACCOUNT_MIN = 20;
  public static final int ACCOUNT_MAX = 20_000;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final List<FieldError> errors = new ArrayList<>();

  private StatementCheck() {}

  /** Throws with every refused answer, so a client can show each beside its field. */
  public static void require(StatementForm form, LocalDate today) {
    if (form == null) {
      throw new InvalidRequestException("Send the statement as JSON.");
    }
    StatementCheck check = new StatementCheck();
    check.required("fullName", form.fullName(), "Enter your full name");
    check.longest("fullName", form.fullName(), 200, "Your full name");
    check.age(form.over18(), form.dateOfBirth(), today);
    check.longest("occupation", form.occupation(), 100, "Your occupation");
    check.required("address", form.address(), "Enter your address");
    check.longest("address", form.address(), 500, "Your address");
    check.phone(form.phone());
    check.account(form.account());
    if (!Boolean.TRUE.equals(form.declarationAccepted())) {
      check.add(
          "declarationAccepted",
          "Confirm the declaration of truth: you must agree to it to sign your statement");
    }
    if (form.supersedes() != null) {
      check.required(
          "correctionReason", form.correctionReason(), "Say what you are correcting and why");
      check.longest("correctionReason", form.correctionReason(), 1_000, "The reason");
    }
    if (!check.errors.isEmpty()) {
      throw new InvalidRequestException(
          "Some answers need changing: " + check.errors.get(0).message() + ".", check.errors);
    }
  }

  /** The date of birth of a witness under 18; null for one over 18. Call after {@link #require}. */
  public static LocalDate dateOfBirth(StatementForm form) {
    return Boolean.TRUE.equals(form.over18()) ? null : LocalDate.parse(form.dateOfBirth().strip());
  }

  /** Control characters other than line breaks and tabs are never part of what someone typed. */
  public static String clean(String typed) {
    if (typed == null) return null;
    String kept = typed.replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", "");
    return kept.isBlank() ? null : kept;
  }

  private void age(Boolean over18, String dateOfBirth, LocalDate today) {
    if (over18 == null) {
      add("over18", "Select whether you are 18 or over");
      return;
    }
    if (over18) return;
    if (dateOfBirth == null || dateOfBirth.isBlank()) {
      add("dateOfBirth", "Enter your date of birth");
      return;
    }
    LocalDate born;
    try {
      if (!DATE.matcher(dateOfBirth.strip()).matches()) throw new DateTimeParseException("", "", 0);
      born = LocalDate.parse(dateOfBirth.strip());
    } catch (DateTimeParseException e) {
      add("dateOfBirth", "Date of birth must be a real date, like 2010-03-27");
      return;
    }
    if (!born.isBefore(today)) {
      add("dateOfBirth", "Date of birth must be in the past");
    } else if (!born.plusYears(18).isAfter(today)) {
      add(
          "dateOfBirth",
          "This date of birth makes you 18 or over. Check it, or select that you are 18 or over");
    }
  }

  private void phone(String phone) {
    if (phone == null || phone.isBlank()) return;
    if (!PHONE.matcher(phone.strip()).matches()) {
      add("phone", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
    }
  }

  private void account(String account) {
    String text = clean(account);
    if (text == null) {
      add("account", "Write what happened in your own words");
      return;
    }
    int length = text.strip().codePointCount(0, text.strip().length());
    if (length < ACCOUNT_MIN) {
      add("account", "Your statement must be at least 20 characters");
    } else if (length > ACCOUNT_MAX) {
      add(
          "account",
          "Your statement must be 20,000 characters or fewer (it has %,d)".formatted(length));
    }
  }

  private void required(String field, String value, String message) {
    if (clean(value) == null) add(field, message);
  }

  private void longest(String field, String value, int limit, String what) {
    if (value != null && value.codePointCount(0, value.length()) > limit) {
      add(field, "%s must be %,d characters or fewer".formatted(what, limit));
    }
  }

  private void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }
}
