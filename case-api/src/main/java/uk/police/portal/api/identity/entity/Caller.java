package uk.police.portal.api.identity.entity;

import java.util.List;
import java.util.Set;

/** The signed-in person as the token describes them: what {@code GET /api/me} returns. */
public record Caller(String subject, String username, String name, List<String> roles) {

  public static Caller of(String subject, String username, String name, Set<String> roles) {
    String shown = name == null || name.isBlank() ? username : name;
    return new Caller(subject, username, shown, roles.stream().sorted().toList());
  }
}
