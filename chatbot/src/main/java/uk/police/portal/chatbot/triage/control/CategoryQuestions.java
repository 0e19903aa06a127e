package uk.police.portal.chatbot.triage.control;

import java.util.List;
import uk.police.portal.chatbot.triage.entity.Category;

/**
 * The few questions a contact handler needs for each category, as keys into the wording bundles.
 * Domestic abuse and sexual offences ask how it is safe to be contacted instead of asking for
 * details that an abuser reading the phone could see.
 */
public final class CategoryQuestions {

  public static final String WHEN = "question.when";
  public static final String WHERE = "question.where";
  public static final String HURT = "question.hurt";
  public static final String STILL_THERE = "question.still.there";
  public static final String VULNERABLE = "question.vulnerable";
  public static final String CONTACT = "question.contact";
  public static final String SAFE_CONTACT = "question.safe.contact";

  private CategoryQuestions() {}

  public static List<String> forCategory(Category category) {
    return switch (category) {
      case THEFT, VEHICLE_CRIME, CRIMINAL_DAMAGE -> List.of(WHEN, WHERE, VULNERABLE, CONTACT);
      case BURGLARY -> List.of(WHEN, WHERE, STILL_THERE, VULNERABLE, CONTACT);
      case ASSAULT, HATE_CRIME, HARASSMENT ->
          List.of(WHEN, WHERE, HURT, STILL_THERE, VULNERABLE, CONTACT);
      case DOMESTIC_ABUSE, SEXUAL_OFFENCE -> List.of(WHEN, HURT, STILL_THERE, SAFE_CONTACT);
      case ROAD_TRAFFIC -> List.of(WHEN, WHERE, HURT, CONTACT);
      case ANTISOCIAL_BEHAVIOUR, DRUGS -> List.of(WHEN, WHERE, CONTACT);
      case MISSING_PERSON -> List.of(WHEN, WHERE, VULNERABLE, CONTACT);
      default -> List.of(CONTACT);
    };
  }
}
