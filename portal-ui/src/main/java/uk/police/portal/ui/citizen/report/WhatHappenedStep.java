package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** What happened, in their own words: required, up to 10,000 characters. */
@Dependent
@Route(value = "report/what-happened", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class WhatHappenedStep extends TextStep {

  public WhatHappenedStep() {
    super(
        Step.WHAT_HAPPENED,
        TextQuestion.asPageHeading(
                "what-happened",
                "What happened?",
                "Tell us in your own words, in the order things happened. Include what you saw"
                    + " and heard. You can write up to 10,000 characters.",
                TextQuestion.Kind.BOX)
            .rows(10),
        "Enter what happened",
        Answers.LONG_TEXT,
        "what happened",
        a -> a.whatHappened,
        (a, text) -> a.whatHappened = text);
  }
}
