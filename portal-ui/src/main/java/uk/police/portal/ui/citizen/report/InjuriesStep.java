package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** Who was hurt and how; empty when nobody was. */
@Dependent
@Route(value = "report/injuries", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class InjuriesStep extends TextStep {

  public InjuriesStep() {
    super(
        Step.INJURIES,
        TextQuestion.asPageHeading(
            "injuries",
            "Was anyone hurt?",
            "Tell us who was hurt and how. Leave this empty if nobody was hurt.",
            TextQuestion.Kind.BOX),
        null,
        Answers.DETAILS,
        "injuries",
        a -> a.injuries,
        (a, text) -> a.injuries = text);
  }
}
