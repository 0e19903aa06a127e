package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.PartnerAgency;

/** Refers the citizen to a partner agency: case-api tells them in the chat how to reach it. */
class ReferralForm extends Div {

  private final CaseApiClient caseApi;
  private final String chatId;
  private final Consumer<String> done;
  final RadioButtonGroup<PartnerAgency> agency = new RadioButtonGroup<>("Partner agency");
  final Button refer = new Button("Refer the citizen");
  final Paragraph error = new Paragraph();

  ReferralForm(
      CaseApiClient caseApi, String chatId, List<PartnerAgency> agencies, Consumer<String> done) {
    this.caseApi = caseApi;
    this.chatId = chatId;
    this.done = done;
    addClassName("action-form");
    agency.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    agency.setItems(agencies);
    agency.setItemLabelGenerator(
        partner ->
            partner.howToContact() == null || partner.howToContact().isBlank()
                ? partner.name()
                : partner.name() + " (" + partner.howToContact() + ")");
    agency.setRequiredIndicatorVisible(true);
    agency.addValueChangeListener(change -> agency.setInvalid(false));
    error.addClassName("action-error");
    error.getElement().setAttribute("role", "alert");
    refer.addClickListener(click -> refer());
    if (agencies.isEmpty()) {
      add(new Paragraph("The list of partner agencies cannot be loaded right now."));
    } else {
      add(agency, error, refer);
    }
  }

  void refer() {
    error.setText("");
    PartnerAgency chosen = agency.getValue();
    if (chosen == null) {
      agency.setErrorMessage("Choose an agency.");
      agency.setInvalid(true);
      return;
    }
    try {
      caseApi.referChat(chatId, chosen.code());
      agency.clear();
      done.accept("The citizen was told how to reach " + chosen.name() + ".");
    } catch (CaseApiRefusedException e) {
      error.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      error.setText(ChatBoardView.UNREACHABLE);
    }
  }
}
