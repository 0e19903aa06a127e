package uk.police.portal.api.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.casefile.entity.StaffMember;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.Role;

/** The staff the API has seen, kept from their tokens, so cases can be given to them by name. */
@ApplicationScoped
public class StaffDirectory {

  @Inject PortalDatabase database;
  @Inject Clock clock;

  @Transactional
  public void seen(JsonWebToken token, Person person) {
    var em = database.entityManager();
    StaffMember member = em.find(StaffMember.class, person.subject());
    boolean added = member == null;
    if (added) {
      member = new StaffMember(person.subject());
    }
    String roles = "," + String.join(",", token.getGroups().stream().sorted().toList()) + ",";
    String email = token.getClaim("email");
    if (member.seen(person.username(), person.name(), email, roles, OffsetDateTime.now(clock))
        && added) {
      em.persist(member);
    }
  }

  @Transactional
  public Optional<StaffMember> byUsername(String username) {
    return database
        .entityManager()
        .createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public Optional<StaffMember> bySubject(String subject) {
    return Optional.ofNullable(database.entityManager().find(StaffMember.class, subject));
  }

  /** Those who may be given a case: investigators and supervisors. */
  @Transactional
  public List<StaffMember> officers() {
    var em = database.entityManager();
    return java.util.stream.Stream.of(Role.INVESTIGATOR, Role.SUPERVISOR)
        .flatMap(
            role ->
                em.createNamedQuery(StaffMember.WITH_ROLE, StaffMember.class)
                    .setParameter("role", "%," + role + ",%")
                    .getResultStream())
        .distinct()
        .toList();
  }
}
