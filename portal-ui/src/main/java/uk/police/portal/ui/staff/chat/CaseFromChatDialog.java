package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.FieldError;
import uk.police.portal.ui.caseapi.entity.ReportForm;

/**
 * A report made from a chat: case-api fills it in from the bot's summary and the transcript, the
 * handler checks and corrects it, and case-api creates the case once and sends the citizen its
 * reference in the chat. What case-api refuses is shown beside the answer it is about.
 */
class CaseFromChatDialog extends Dialog {

  /** Crimes a report can be made for (case-api sends the others elsewhere). */
  static final List<String> CRIMES =
      List.of(
          "THEFT",
          "BURGLARY",
          "VEHICLE_CRIME",
          "CRIMINAL_DAMAGE",
          "ASSAULT",
          "DOMESTIC_ABUSE",
          "SEXUAL_OFFENCE",
          "HATE_CRIME",
          "HARASSMENT",
          "ANTISOCIAL_BEHAVIOUR",
          "ROAD_TRAFFIC",
          "DRUGS");

  private final CaseApiClient caseApi;
  private final String chatId;
  private final ReportForm draft;
  private final Consumer<String> created;
  final Select<String> category = new Select<>();
  final TextArea whatHappened = area("What happened");
  final DatePicker occurredOn = new DatePicker("The day it happened");
  final TextField occurredTime = new TextField("The time (optional)");
  final TextArea location = area("Where it happened");
  final TextArea property = area("What was taken or damaged (optional)");
  final IntegerField value = new IntegerField("What it was worth, in pounds (optional)");
  final TextArea injuries = area("Injuries (optional)");
  final TextArea suspect = area("About the suspect (optional)");
  final TextArea witnesses = area("Witnesses (optional)");
  final EmailField email = new EmailField("Citizen's email, if they gave it and it is safe");
  final TextField phone = new TextField("Citizen's phone, if they gave it and it is safe");
  final Paragraph error = new Paragraph();
  final Button create = new Button("Create the case");
  final Button cancel = new Button("Cancel");
  private final Map<String, HasValidation> byField = new LinkedHashMap<>();

  /**
   * @param created given the new case's reference
   */
  CaseFromChatDialog(
      CaseApiClient caseApi, String chatId, ReportForm draft, Consumer<String> created) {
    this.caseApi = caseApi;
    this.chatId = chatId;
    this.draft = draft;
    this.created = created;
    setHeaderTitle("Create a case from this chat");
    setWidth("min(100vw, 44rem)");
    List<String> crimes = new ArrayList<>(CRIMES);
    if (draft.category() != null && !crimes.contains(draft.category())) {
      crimes.add(0, draft.category());
    }
    category.setLabel("Type of crime");
    category.setItems(crimes);
    category.setItemLabelGenerator(ChatWords::code);
    category.setWidthFull();
    occurredOn.setLocale(Locale.UK);
    for (var field : List.of(occurredTime, email, phone)) {
      field.setWidthFull();
    }
    value.setWidthFull();
    fill();
    error.addClassName("action-error");
    error.getElement().setAttribute("role", "alert");
    Div fields =
        new Div(
            new Paragraph(
                "Filled in from the chat. Check every answer with the citizen's own words before"
                    + " you create the case."),
            error,
            category,
            whatHappened,
            occurredOn,
            occurredTime,
            location,
            property,
            value,
            injuries,
            suspect,
            witnesses,
            email,
            phone);
    fields.addClassName("case-from-chat");
    add(fields);
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(click -> create());
    cancel.addClickListener(click -> close());
    getFooter().add(cancel, create);
    byField.putAll(
        Map.ofEntries(
            Map.entry("category", category),
            Map.entry("whatHappened", whatHappened),
            Map.entry("occurredOn", occurredOn),
            Map.entry("occurredTime", occurredTime),
            Map.entry("location", location),
            Map.entry("property", property),
            Map.entry("propertyValuePounds", value),
            Map.entry("injuries", injuries),
            Map.entry("suspect", suspect),
            Map.entry("witnesses", witnesses),
            Map.entry("contact.email", email),
            Map.entry("contact.phone", phone)));
  }

  private void fill() {
    category.setValue(draft.category());
    whatHappened.setValue(text(draft.whatHappened()));
    occurredOn.setValue(draft.occurredOn());
    occurredOn.setMax(LocalDate.now(ChatWords.UK));
    occurredTime.setValue(text(draft.occurredTime()));
    location.setValue(text(draft.location()));
    property.setValue(text(draft.property()));
    value.setValue(draft.propertyValuePounds());
    value.setMin(0);
    injuries.setValue(text(draft.injuries()));
    suspect.setValue(text(draft.suspect()));
    witnesses.setValue(text(draft.witnesses()));
    ReportForm.ContactPreferences contact = draft.contact();
    email.setValue(contact == null ? "" : text(contact.email()));
    phone.setValue(contact == null ? "" : text(contact.phone()));
  }

  /** The report as the handler left it; what the dialog does not show is kept from the draft. */
  ReportForm form() {
    ReportForm.ContactPreferences was = draft.contact();
    String mail = email.getValue().strip();
    String number = phone.getValue().strip();
    ReportForm.ContactPreferences contact =
        new ReportForm.ContactPreferences(
            !mail.isEmpty(),
            mail.isEmpty() ? null : mail,
            !number.isEmpty(),
            number.isEmpty() ? null : number,
            was != null && was.byText() && !number.isEmpty(),
            was == null ? null : was.safeTimes(),
            was != null && was.mayLeaveMessages(),
            was == null ? null : was.codeWord());
    return new ReportForm(
        category.getValue(),
        optional(whatHappened),
        occurredOn.getValue(),
        optional(occurredTime),
        optional(location),
        optional(property),
        value.getValue(),
        optional(injuries),
        optional(suspect),
        optional(witnesses),
        draft.victim() != null
            ? draft.victim()
            : new ReportForm.Victim(false, null, null, null, null),
        draft.vulnerability(),
        contact);
  }

  void create() {
    error.setText("");
    byField.values().forEach(field -> field.setInvalid(false));
    try {
      String reference = caseApi.caseFromChat(chatId, form()).reference();
      close();
      created.accept(reference);
    } catch (CaseApiRefusedException refusal) {
      error.setText(refusal.getMessage());
      for (FieldError wrong : refusal.errors()) {
        HasValidation field = byField.get(wrong.field());
        if (field != null) {
          field.setErrorMessage(wrong.message());
          field.setInvalid(true);
        }
      }
    } catch (CaseApiUnavailableException e) {
      error.setText(
          "We could not reach the case system, so no case was created. Please try again in a few"
              + " minutes.");
    }
  }

  private static TextArea area(String label) {
    TextArea area = new TextArea(label);
    area.setWidthFull();
    return area;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String optional(TextField field) {
    return field.getValue().isBlank() ? null : field.getValue().strip();
  }

  private static String optional(TextArea field) {
    return field.getValue().isBlank() ? null : field.getValue().strip();
  }
}
