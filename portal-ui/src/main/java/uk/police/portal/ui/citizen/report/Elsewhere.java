package uk.police.portal.ui.citizen.report;

import java.util.List;
import java.util.Optional;

/**
 * Who deals with a matter that is not a police report, and how to reach them. The partner agencies
 * are those of the triage taxonomy (Action Fraud, the local council, the RSPCA, Citizens Advice,
 * NHS 111); missing people need a phone call, because we act on them at once.
 */
record Elsewhere(
    String partner, String heading, List<String> paragraphs, String linkText, String url) {

  static Optional<Elsewhere> forCategory(Category category) {
    return Optional.ofNullable(
        switch (category) {
          case FRAUD ->
              new Elsewhere(
                  "Action Fraud",
                  "Report fraud to Action Fraud",
                  List.of(
                      "Action Fraud is the national reporting centre for fraud and cybercrime."
                          + " They take reports of fraud and scams for the police.",
                      "You can also call Action Fraud on 0300 123 2040.",
                      "If you have lost money, tell your bank straight away."),
                  "Report fraud on the Action Fraud website",
                  "https://www.actionfraud.police.uk/");
          case ENVIRONMENTAL ->
              new Elsewhere(
                  "your local council",
                  "Contact your local council",
                  List.of(
                      "Your local council deals with noise, fly-tipping, parking, abandoned"
                          + " vehicles and dog fouling."),
                  "Find your local council on GOV.UK",
                  "https://www.gov.uk/find-local-council");
          case ANIMAL_WELFARE ->
              new Elsewhere(
                  "the RSPCA",
                  "Contact the RSPCA",
                  List.of(
                      "The RSPCA deals with cruelty to animals and animals that are neglected.",
                      "You can call the RSPCA's cruelty line on 0300 1234 999."),
                  "Report cruelty on the RSPCA website",
                  "https://www.rspca.org.uk/");
          case CIVIL_DISPUTE ->
              new Elsewhere(
                  "Citizens Advice",
                  "Get advice from Citizens Advice",
                  List.of(
                      "Disputes about tenancies, refunds, boundaries, debts or child arrangements"
                          + " are usually civil matters, not crimes. Citizens Advice can help"
                          + " you with them for free.",
                      "If someone has threatened you, hurt you or damaged your things, go back"
                          + " and choose what happened."),
                  "Get advice on the Citizens Advice website",
                  "https://www.citizensadvice.org.uk/");
          case MENTAL_HEALTH ->
              new Elsewhere(
                  "NHS 111",
                  "Get help from NHS 111",
                  List.of(
                      "NHS 111 can help if you are worried about someone's mental health. Call"
                          + " 111, or use the NHS 111 website.",
                      "If someone's life is at risk, call 999."),
                  "Get help on the NHS 111 website",
                  "https://111.nhs.uk/");
          case MISSING_PERSON ->
              new Elsewhere(
                  "us by phone",
                  "Call us to report a missing person",
                  List.of(
                      "We cannot take reports of missing people online, because we need to act"
                          + " quickly.",
                      "Call 999 if you think they are in danger now. Otherwise call 101."),
                  null,
                  null);
          case LOST_PROPERTY ->
              new Elsewhere(
                  "the place where you lost it",
                  "We do not take reports of lost property",
                  List.of(
                      "Ask the place where you think you lost it, such as the shop, the bus or"
                          + " train company, or the venue.",
                      "If you think it was stolen, go back and choose theft."),
                  null,
                  null);
          case GENERAL_ENQUIRY ->
              new Elsewhere(
                  "us by phone",
                  "Ask us a question",
                  List.of(
                      "Call 101 to ask us a question.",
                      "To see what is happening with a report you made, go to your cases."),
                  "Go to your cases",
                  "/cases");
          default -> null;
        });
  }
}
