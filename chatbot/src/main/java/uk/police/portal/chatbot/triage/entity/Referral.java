package uk.police.portal.chatbot.triage.entity;

/**
 * A partner agency that owns a matter instead of the police. The wording the bot uses lives in the
 * resource bundles; the names, links and phone numbers are the same in every language.
 */
public enum Referral {
  ACTION_FRAUD("Action Fraud", "https://www.actionfraud.police.uk/", "0300 123 2040"),
  LOCAL_COUNCIL("your local council", "https://www.gov.uk/find-local-council", ""),
  RSPCA("RSPCA", "https://www.rspca.org.uk/whatwedo/endcruelty/report", "0300 1234 999"),
  CITIZENS_ADVICE("Citizens Advice", "https://www.citizensadvice.org.uk/", "0800 144 8848"),
  NHS_111("NHS 111", "https://111.nhs.uk/", "111");

  private final String agency;
  private final String link;
  private final String phone;

  Referral(String agency, String link, String phone) {
    this.agency = agency;
    this.link = link;
    this.phone = phone;
  }

  public String agency() {
    return agency;
  }

  public String link() {
    return link;
  }

  /** Empty when the agency has no single national number (councils differ by area). */
  public String phone() {
    return phone;
  }
}
