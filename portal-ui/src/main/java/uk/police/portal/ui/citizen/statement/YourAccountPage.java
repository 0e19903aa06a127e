package uk.police.portal.ui.citizen.statement;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.portal.ui.citizen.report.Answers;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.Question;
import uk.police.portal.ui.form.TextQuestion;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The statement itself, in the person's own words, with help on what to include; for a correction,
 * also what they are correcting. Citizens only.
 */
@Dependent
@Route(value = "cases/:reference/statement/account", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class YourAccountPage extends StatementPage {

  // The same limits as case-api's StatementCheck, so the page says it before case-api has to.
  static final int ACCOUNT_SHORTEST = 20;
  static final int ACCOUNT_LIMIT = 20_000;
  static final int REASON_LIMIT = 1_000;

  final TextQuestion account =
      TextQuestion.asPageHeading(
              "account",
              "Your account in your own words",
              "Say what happened in the order it happened. You can write in your own language:"
                  + " you do not have to write in English.",
              TextQuestion.Kind.BOX)
          .rows(15);
  final TextQuestion correctionReason =
      TextQuestion.of(
              "correction-reason",
              "What are you correcting?",
              "For example, the time was 9pm, not 8pm, or I remembered what the man was wearing."
                  + " Then write your whole statement again above, with the correction.",
              TextQuestion.Kind.BOX)
          .rows(4);
  final Paragraph correctionIntro =
      new Paragraph(
          "Your new statement replaces the one you are correcting, which we keep. Write it in"
              + " full, including the parts that have not changed.");

  public YourAccountPage() {
    super(StatementStep.ACCOUNT, "Your account in your own words");
    correctionIntro.addClassName("inset-text");
    form(account, whatToInclude(), correctionIntro, correctionReason);
  }

  static NativeDetails whatToInclude() {
    UnorderedList include = new UnorderedList();
    include.addClassName("list--bullet");
    include.add(
        new ListItem("when and where it happened"),
        new ListItem("what you saw, heard and did"),
        new ListItem(
            "what the people looked like: height, build, clothing, voice, anything you"
                + " noticed"),
        new ListItem("any vehicles or property, such as colour, make or number plate"),
        new ListItem("anything that was said, in the words used if you remember them"),
        new ListItem("who else was there"));
    Div help =
        new Div(
            new Paragraph("Include:"),
            include,
            new Paragraph(
                "Only say what you know yourself. If you are not sure of something, say so."));
    NativeDetails details = new NativeDetails("What to include", help);
    details.addClassName("details");
    return details;
  }

  @Override
  String enter(String caseReference, Map<String, List<String>> query) {
    String elsewhere = super.enter(caseReference, query);
    boolean correcting = statement.correcting();
    correctionIntro.setVisible(correcting);
    correctionReason.setVisible(correcting);
    return elsewhere;
  }

  @Override
  String backPath() {
    return StatementStep.ABOUT_YOU.path(reference);
  }

  @Override
  void show(StatementAnswers answers) {
    account.setValue(answers.account);
    correctionReason.setValue(answers.correctionReason);
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    require(!account.value().isBlank(), account, "Enter your account of what happened", problems);
    require(
        account.value().isBlank() || account.value().strip().length() >= ACCOUNT_SHORTEST,
        account,
        "Your account must be at least " + ACCOUNT_SHORTEST + " characters",
        problems);
    problem(account, Answers.tooLong(account.value(), ACCOUNT_LIMIT, "your account"), problems);
    if (statement.correcting()) {
      require(
          !correctionReason.value().isBlank(),
          correctionReason,
          "Enter what you are correcting",
          problems);
      problem(
          correctionReason,
          Answers.tooLong(correctionReason.value(), REASON_LIMIT, "what you are correcting"),
          problems);
    }
    return problems;
  }

  @Override
  void keep(StatementAnswers answers) {
    answers.account = Answers.orNull(account.value());
    answers.correctionReason =
        statement.correcting() ? Answers.orNull(correctionReason.value()) : null;
  }

  @Override
  Question questionFor(String field) {
    return "correctionReason".equals(field) ? correctionReason : account;
  }
}
