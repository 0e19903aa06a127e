package uk.police.portal.api.platform.entity;

/** The realm roles that Keycloak puts in the token's {@code groups} claim. */
public final class Role {
  public static final String CITIZEN = "citizen";
  public static final String CONTACT_HANDLER = "contact-handler";
  public static final String INVESTIGATOR = "investigator";
  public static final String SUPERVISOR = "supervisor";
  public static final String ADMIN = "admin";

  private Role() {}
}
