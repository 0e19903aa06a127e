package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import uk.police.portal.ui.caseapi.control.CaseApiClient;

/** An investigator takes a case nobody holds yet; it moves to their own queue. */
class TakeCaseForm extends ActionForm {

  final Button take = new Button("Take this case");
  private final String username;

  TakeCaseForm(CaseApiClient caseApi, String reference, String username) {
    super(caseApi, reference);
    this.username = username;
    take.addClickListener(e -> take());
    add(new Paragraph("Nobody is working on this case yet."), error, take);
  }

  void take() {
    submit(
        () -> caseApi.assign(reference, username),
        reloaded ->
            "You have taken this case. It is in your work queue under \"Assigned to you\".");
  }
}
