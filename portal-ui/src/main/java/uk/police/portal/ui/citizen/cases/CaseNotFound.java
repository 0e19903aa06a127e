package uk.police.portal.ui.citizen.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The one answer for a reference that does not exist, is not well formed, or is someone else's: the
 * same words in every case, and never the reference itself.
 */
final class CaseNotFound {

  static final String HEADING = "We cannot find a case with that reference";

  private CaseNotFound() {}

  static List<Component> content() {
    return List.of(
        new H1(HEADING),
        new Paragraph(
            "Check the reference. You can find it in your confirmation email and in your list of"
                + " cases. References look like PC-7KQ4-9XRT."),
        new Paragraph("If you still cannot find your case, call 101."),
        new Anchor("/cases", "Go to your cases"));
  }
}
