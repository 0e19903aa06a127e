package uk.police.portal.ui.citizen.statement;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.SummaryList;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** Check your statement: every answer with a Change link, before the declaration. Citizens only. */
@Dependent
@Route(value = "cases/:reference/statement/check", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class CheckStatementPage extends StatementPage {

  final Div answers = new Div();

  public CheckStatementPage() {
    super(StatementStep.CHECK, "Check your statement");
    form(new H1("Check your statement"), answers);
  }

  @Override
  String backPath() {
    return StatementStep.ACCOUNT.path(reference);
  }

  @Override
  void show(StatementAnswers a) {
    answers.removeAll();
    String aboutYou = "/" + StatementStep.ABOUT_YOU.path(reference) + "?change=true";
    String account = "/" + StatementStep.ACCOUNT.path(reference) + "?change=true";
    SummaryList you =
        new SummaryList()
            .row("Full name", a.fullName, aboutYou)
            .row("18 or over", a.over18 == null ? null : a.over18 ? "Yes" : "No", aboutYou);
    if (Boolean.FALSE.equals(a.over18)) {
      you.row("Date of birth", Dates.day(a.dateOfBirth), aboutYou);
    }
    you.row("Occupation", a.occupation, aboutYou);
    SummaryList contact =
        new SummaryList()
            .row("Address", a.address, aboutYou)
            .row("Phone number", a.phone, aboutYou);
    Paragraph words = new Paragraph(a.account == null ? "Not given" : a.account);
    words.addClassNames("user-text", "statement-text");
    answers.add(new H2("About you"), you, new H2("Contact details (not disclosed)"), contact);
    if (statement.correcting()) {
      answers.add(
          new H2("What you are correcting"),
          new SummaryList().row("What you are correcting", a.correctionReason, account));
    }
    answers.add(new H2("Your account"), words, changeAccount(account));
  }

  private static Anchor changeAccount(String href) {
    Anchor change = new Anchor(href, "Change your account");
    change.setId("change-account");
    return change;
  }

  @Override
  List<Problem> check() {
    return List.of();
  }

  @Override
  void keep(StatementAnswers answers) {
    // Nothing is asked here.
  }

  @Override
  StatementStep nextStep() {
    return StatementStep.DECLARATION;
  }
}
