package uk.police.portal.ui.account;

/** Roles in words a person understands. */
final class RoleNames {

  private RoleNames() {}

  static String describe(String role) {
    return switch (role) {
      case "citizen" -> "Member of the public: report crimes and follow your cases";
      case "contact-handler" -> "Contact handler: answer live chats and create cases";
      case "investigator" -> "Investigator: work on cases and keep victims informed";
      case "supervisor" -> "Supervisor: watch queues and assign cases";
      case "admin" -> "Administrator: manage the service";
      default -> role;
    };
  }
}
