package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.StaffMember;

/** A supervisor gives the case to an officer, or moves it to another. */
class AssignForm extends ActionForm {

  final RadioButtonGroup<StaffMember> officer = new RadioButtonGroup<>("Officer");
  final Button assign;

  AssignForm(CaseApiClient caseApi, CaseDetail detail, List<StaffMember> investigators) {
    super(caseApi, detail.reference());
    assign = new Button(detail.officerUsername() == null ? "Assign" : "Reassign");
    officer.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    officer.setItems(
        investigators.stream()
            .filter(member -> !member.username().equals(detail.officerUsername()))
            .toList());
    officer.setItemLabelGenerator(member -> member.name() + " (" + member.username() + ")");
    officer.setRequiredIndicatorVisible(true);
    officer.addValueChangeListener(e -> officer.setInvalid(false));
    assign.addClickListener(e -> assign());
    if (investigators.isEmpty()) {
      add(
          new Paragraph(
              "No officer has signed in to the portal yet, so there is nobody to give the case"
                  + " to."));
    } else {
      add(officer, error, assign);
    }
  }

  void assign() {
    StaffMember chosen = officer.getValue();
    if (chosen == null) {
      officer.setErrorMessage("Choose an officer.");
      officer.setInvalid(true);
      return;
    }
    submit(
        () -> caseApi.assign(reference, chosen.username()),
        reloaded -> "The case is now assigned to " + reloaded.officerName() + ".");
  }
}
