package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** Anything about who did it; empty when they do not know. */
@Dependent
@Route(value = "report/suspect", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class SuspectStep extends TextStep {

  public SuspectStep() {
    super(
        Step.SUSPECT,
        TextQuestion.asPageHeading(
            "suspect",
            "Can you tell us anything about who did it?",
            "For example, their name, what they looked like and wore, or a vehicle they used."
                + " Leave this empty if you do not know.",
            TextQuestion.Kind.BOX),
        null,
        Answers.DETAILS,
        "what you know about who did it",
        a -> a.suspect,
        (a, text) -> a.suspect = text);
  }
}
