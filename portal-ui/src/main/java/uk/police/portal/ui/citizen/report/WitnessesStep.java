package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** Anyone who saw it, and how to reach them. */
@Dependent
@Route(value = "report/witnesses", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class WitnessesStep extends TextStep {

  public WitnessesStep() {
    super(
        Step.WITNESSES,
        TextQuestion.asPageHeading(
            "witnesses",
            "Did anyone see what happened?",
            "Give their names and how we can contact them, if you know. Leave this empty if"
                + " nobody saw it or you do not know.",
            TextQuestion.Kind.BOX),
        null,
        Answers.DETAILS,
        "witnesses",
        a -> a.witnesses,
        (a, text) -> a.witnesses = text);
  }
}
