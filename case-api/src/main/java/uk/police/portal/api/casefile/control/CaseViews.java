package uk.police.portal.api.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.police.portal.api.casefile.entity.CaseDetail;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.CaseSummary;
import uk.police.portal.api.casefile.entity.UpdateDeadline;

/** A case as each caller may see it; the deadline's standing is worked out for today. */
@ApplicationScoped
public class CaseViews {

  @Inject UpdatePlan plan;

  public CaseSummary summary(CaseFile file) {
    LocalDate due = file.updateDueOn().orElse(null);
    return new CaseSummary(
        file.reference(),
        file.category(),
        CategoryNames.of(file.category()),
        file.status().name(),
        file.status().label(),
        file.reportedAt(),
        file.officerName(),
        due,
        standing(due));
  }

  public CaseDetail detail(CaseFile file, boolean forStaff) {
    LocalDate due = file.updateDueOn().orElse(null);
    return new CaseDetail(
        file.reference(),
        file.category(),
        CategoryNames.of(file.category()),
        file.status().name(),
        forStaff ? file.status().label() : file.status().forVictim(),
        file.reportedAt(),
        forStaff ? file.citizenName() : null,
        file.officerName(),
        forStaff ? file.officerUsername() : null,
        due,
        standing(due),
        file.victimRights(),
        file.outcome()
            .map(o -> new CaseDetail.Outcome(o.code(), o.name(), o.forVictim()))
            .orElse(null),
        ReportJson.read(file.reportJson()));
  }

  private UpdateDeadline.Status standing(LocalDate due) {
    return due == null ? null : plan.deadline(due).status();
  }
}
