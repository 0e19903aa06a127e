package uk.police.portal.ui.citizen.report;

import java.io.Serializable;
import java.time.LocalDate;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.caseapi.entity.ReportForm.ContactPreferences;
import uk.police.portal.ui.caseapi.entity.ReportForm.Victim;
import uk.police.portal.ui.caseapi.entity.ReportForm.Vulnerability;

/**
 * The answers so far, as the pages hold them: "not answered yet" is kept apart from "no" and from
 * "prefer not to say", which ReportForm cannot tell apart. Becomes a ReportForm for case-api.
 */
final class ReportAnswers implements Serializable {

  static final String YES = "yes";
  static final String NO = "no";
  static final String PREFER_NOT = "prefer-not";

  String category;
  String happeningNow;
  LocalDate occurredOn;
  String occurredTime;
  String location;
  String property;
  Integer propertyValuePounds;
  String injuries;
  String whatHappened;
  String suspect;
  String witnesses;

  /** null until answered; then "me" or "someone-else". */
  String victim;

  String victimName;
  String victimRelationship;
  String victimPhone;
  String victimEmail;
  String feelsUnsafe;
  String happenedBefore;
  String under18;
  String support;
  boolean contactAnswered;
  boolean byEmail;
  String email;
  boolean byPhone;
  String phone;
  boolean byText;
  String safeTimes;

  /** null until answered. */
  Boolean mayLeaveMessages;

  String codeWord;

  boolean someoneElse() {
    return "someone-else".equals(victim);
  }

  ReportForm toForm() {
    return new ReportForm(
        category,
        whatHappened,
        occurredOn,
        occurredTime,
        location,
        property,
        propertyValuePounds,
        injuries,
        suspect,
        witnesses,
        victim == null
            ? null
            : new Victim(
                someoneElse(),
                someoneElse() ? victimName : null,
                someoneElse() ? victimRelationship : null,
                victimPhone,
                victimEmail),
        new Vulnerability(yesNo(feelsUnsafe), yesNo(happenedBefore), yesNo(under18), support),
        contactAnswered || mayLeaveMessages != null
            ? new ContactPreferences(
                byEmail,
                byEmail ? email : null,
                byPhone,
                byPhone || byText ? phone : null,
                byText,
                safeTimes,
                Boolean.TRUE.equals(mayLeaveMessages),
                codeWord)
            : null);
  }

  /**
   * Answers from a saved draft. Answers a draft cannot hold apart (a "no" to leaving messages
   * before that page was reached) count as not given yet, so the person is asked again.
   */
  static ReportAnswers from(ReportForm form, Step reached) {
    ReportAnswers a = new ReportAnswers();
    if (form == null) {
      return a;
    }
    a.category = form.category();
    a.whatHappened = form.whatHappened();
    a.occurredOn = form.occurredOn();
    a.occurredTime = form.occurredTime();
    a.location = form.location();
    a.property = form.property();
    a.propertyValuePounds = form.propertyValuePounds();
    a.injuries = form.injuries();
    a.suspect = form.suspect();
    a.witnesses = form.witnesses();
    if (reached.isAfter(Step.HAPPENING_NOW)) {
      a.happeningNow = NO;
    }
    Victim victim = form.victim();
    if (victim != null) {
      a.victim = victim.someoneElse() ? "someone-else" : "me";
      a.victimName = victim.name();
      a.victimRelationship = victim.relationship();
      a.victimPhone = victim.phone();
      a.victimEmail = victim.email();
    }
    Vulnerability vulnerability = form.vulnerability();
    if (vulnerability != null) {
      a.feelsUnsafe = answer(vulnerability.feelsUnsafe());
      a.happenedBefore = answer(vulnerability.happenedBefore());
      a.under18 = answer(vulnerability.under18());
      a.support = vulnerability.support();
    }
    ContactPreferences contact = form.contact();
    if (contact != null) {
      a.contactAnswered = contact.byEmail() || contact.byPhone() || contact.byText();
      a.byEmail = contact.byEmail();
      a.email = contact.email();
      a.byPhone = contact.byPhone();
      a.phone = contact.phone();
      a.byText = contact.byText();
      a.safeTimes = contact.safeTimes();
      a.codeWord = contact.codeWord();
      if (reached.isAfter(Step.STAYING_SAFE)) {
        a.mayLeaveMessages = contact.mayLeaveMessages();
      }
    }
    return a;
  }

  private static Boolean yesNo(String answer) {
    return YES.equals(answer) ? Boolean.TRUE : NO.equals(answer) ? Boolean.FALSE : null;
  }

  private static String answer(Boolean value) {
    return value == null ? null : value ? YES : NO;
  }
}
