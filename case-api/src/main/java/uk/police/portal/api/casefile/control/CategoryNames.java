package uk.police.portal.api.casefile.control;

import uk.police.portal.chatbot.triage.entity.Category;

/** The taxonomy's categories in the words a citizen would use. */
public final class CategoryNames {

  private CategoryNames() {}

  public static String of(String code) {
    try {
      return of(Category.valueOf(code));
    } catch (IllegalArgumentException unknown) {
      return code;
    }
  }

  static String of(Category category) {
    return switch (category) {
      case THEFT -> "Theft";
      case BURGLARY -> "Burglary";
      case VEHICLE_CRIME -> "Vehicle crime";
      case CRIMINAL_DAMAGE -> "Criminal damage";
      case ASSAULT -> "Assault";
      case DOMESTIC_ABUSE -> "Domestic abuse";
      case SEXUAL_OFFENCE -> "Sexual offence";
      case HATE_CRIME -> "Hate crime";
      case HARASSMENT -> "Harassment or stalking";
      case ANTISOCIAL_BEHAVIOUR -> "Antisocial behaviour";
      case ROAD_TRAFFIC -> "Road traffic offence";
      case DRUGS -> "Drugs";
      case MISSING_PERSON -> "Missing person";
      case FRAUD -> "Fraud";
      case ENVIRONMENTAL -> "Noise, fly-tipping or parking";
      case ANIMAL_WELFARE -> "Animal cruelty";
      case CIVIL_DISPUTE -> "Civil dispute";
      case MENTAL_HEALTH -> "Mental health";
      case LOST_PROPERTY -> "Lost property";
      case GENERAL_ENQUIRY -> "General enquiry";
    };
  }
}
