package uk.police.portal.api.casefile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A member of staff as last seen in their token. Keycloak owns accounts; this copy lets a
 * supervisor assign a case by name and lets reminders reach the officer's email.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(
    name = StaffMember.BY_USERNAME,
    query = "select s from StaffMember s where s.username = :username")
@NamedQuery(
    name = StaffMember.WITH_ROLE,
    query = "select s from StaffMember s where s.roles like :role order by s.name")
public class StaffMember {

  public static final String BY_USERNAME = "StaffMember.byUsername";
  public static final String WITH_ROLE = "StaffMember.withRole";

  @Id private String subject;

  @Column(nullable = false)
  private String username;

  @Column(nullable = false)
  private String name;

  private String email;

  /** Comma-separated, with a comma at each end, so "like '%,investigator,%'" finds a role. */
  @Column(nullable = false)
  private String roles;

  @Column(name = "last_seen", nullable = false)
  private OffsetDateTime lastSeen;

  protected StaffMember() {}

  public StaffMember(String subject) {
    this.subject = subject;
  }

  /** True when anything changed, so that an unchanged member costs no write. */
  public boolean seen(String username, String name, String email, String roles, OffsetDateTime at) {
    boolean changed =
        !username.equals(this.username)
            || !name.equals(this.name)
            || !java.util.Objects.equals(email, this.email)
            || !roles.equals(this.roles)
            || this.lastSeen == null
            || this.lastSeen.isBefore(at.minusHours(1));
    if (changed) {
      this.username = username;
      this.name = name;
      this.email = email;
      this.roles = roles;
      this.lastSeen = at;
    }
    return changed;
  }

  /** Investigators and supervisors work cases; contact handlers and admins do not. */
  public boolean worksCases() {
    return roles.contains(",investigator,") || roles.contains(",supervisor,");
  }

  public Person person() {
    return new Person(subject, username, name);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public StaffMemberView toView() {
    return new StaffMemberView(username, name);
  }
}
