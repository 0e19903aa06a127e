package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.police.portal.ui.form.ChoiceQuestion;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.Question;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * How we may contact them. Without email ticked no email is sent at all, not even the confirmation,
 * which the page says plainly.
 */
@Dependent
@Route(value = "report/contact", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class ContactStep extends QuestionPage {

  static final String EMAIL = "email";
  static final String PHONE = "phone";
  static final String TEXT = "text";

  final TextQuestion email =
      TextQuestion.of(
          "contact-email",
          "Email address",
          "We will send a confirmation of your report to this address",
          TextQuestion.Kind.EMAIL);
  final TextQuestion phone =
      TextQuestion.of(
          "contact-phone",
          "Phone number",
          "For calls and text messages. For example, 07700 900 982",
          TextQuestion.Kind.PHONE);
  final Div phoneBox = new Div(phone);
  final ChoiceQuestion ways =
      ChoiceQuestion.checkboxes(
              "contact", "How can we contact you?", "Select all that apply.", true)
          .option(EMAIL, "Email", null, email)
          .option(PHONE, "Phone call")
          .option(TEXT, "Text message");

  public ContactStep() {
    super(Step.CONTACT, "How can we contact you?");
    phoneBox.addClassName("checkboxes__conditional");
    phoneBox.setVisible(false);
    ways.onChange(this::showPhone);
    form(
        ways,
        phoneBox,
        new Paragraph(
            "If you do not choose email, we will not send you any emails, not even a"
                + " confirmation of your report."));
    nested(email, phone);
  }

  private void showPhone() {
    phoneBox.setVisible(ways.isChosen(PHONE) || ways.isChosen(TEXT));
  }

  @Override
  void show(ReportAnswers answers) {
    Set<String> ticked = new java.util.HashSet<>();
    if (answers.byEmail) {
      ticked.add(EMAIL);
    }
    if (answers.byPhone) {
      ticked.add(PHONE);
    }
    if (answers.byText) {
      ticked.add(TEXT);
    }
    ways.tick(ticked);
    email.setValue(answers.email);
    phone.setValue(answers.phone);
    showPhone();
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    require(!ways.ticked().isEmpty(), ways, "Select how we can contact you", problems);
    if (ways.isChosen(EMAIL)) {
      require(!email.value().isBlank(), email, "Enter your email address", problems);
      require(
          email.value().isBlank() || Answers.isEmail(email.value()),
          email,
          "Enter an email address in the correct format, like name@example.com",
          problems);
    }
    if (ways.isChosen(PHONE) || ways.isChosen(TEXT)) {
      require(!phone.value().isBlank(), phone, "Enter your phone number", problems);
      require(
          phone.value().isBlank() || Answers.isPhone(phone.value()),
          phone,
          "Enter a phone number, like 01632 960 001 or 07700 900 982",
          problems);
    }
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    answers.contactAnswered = true;
    answers.byEmail = ways.isChosen(EMAIL);
    answers.byPhone = ways.isChosen(PHONE);
    answers.byText = ways.isChosen(TEXT);
    answers.email = answers.byEmail ? Answers.orNull(email.value()) : null;
    answers.phone = answers.byPhone || answers.byText ? Answers.orNull(phone.value()) : null;
  }

  @Override
  Question questionFor(String field) {
    return switch (field) {
      case "contact.email" -> email;
      case "contact.phone" -> phone;
      default -> ways;
    };
  }
}
