package uk.police.portal.api.casefile.control;

import java.util.Set;
import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.casefile.entity.VictimRights;

/**
 * Who is entitled to enhanced rights under the Victims' Code: victims of the most serious crimes
 * (here: domestic abuse, sexual offences, hate crime), persistently targeted victims, and
 * vulnerable or intimidated victims (under 18, feeling unsafe, or needing support).
 */
public final class VictimRightsRule {

  private static final Set<String> MOST_SERIOUS =
      Set.of("DOMESTIC_ABUSE", "SEXUAL_OFFENCE", "HATE_CRIME");

  private VictimRightsRule() {}

  public static VictimRights of(ReportForm form) {
    if (MOST_SERIOUS.contains(form.category())) {
      return VictimRights.ENHANCED;
    }
    ReportForm.Vulnerability v = form.vulnerability();
    if (v == null) {
      return VictimRights.STANDARD;
    }
    boolean vulnerable =
        Boolean.TRUE.equals(v.feelsUnsafe())
            || Boolean.TRUE.equals(v.happenedBefore())
            || Boolean.TRUE.equals(v.under18())
            || (v.support() != null && !v.support().isBlank());
    return vulnerable ? VictimRights.ENHANCED : VictimRights.STANDARD;
  }
}
