package uk.police.portal.ui.security.control;

/** The realm roles, as Keycloak puts them in the {@code groups} claim. */
public final class PortalRole {
  public static final String CITIZEN = "citizen";
  public static final String CONTACT_HANDLER = "contact-handler";
  public static final String INVESTIGATOR = "investigator";
  public static final String SUPERVISOR = "supervisor";
  public static final String ADMIN = "admin";

  private PortalRole() {}
}
