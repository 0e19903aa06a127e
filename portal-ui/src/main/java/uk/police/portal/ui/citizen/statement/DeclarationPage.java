package uk.police.portal.ui.citizen.statement;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.FieldError;
import uk.police.portal.ui.form.ChoiceQuestion;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * The declaration of the Criminal Justice Act 1967, s.9, which makes a written statement usable in
 * court as if it were said there; the person confirms it and signs with their portal account.
 * case-api's refusals send them to the page that asks for the answer. Citizens only.
 */
@Dependent
@Route(value = "cases/:reference/statement/declaration", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class DeclarationPage extends StatementPage {

  static final String DECLARATION =
      "This statement is true to the best of my knowledge and belief and I make it knowing that,"
          + " if it is tendered in evidence, I shall be liable to prosecution if I have wilfully"
          + " stated in it anything which I know to be false, or do not believe to be true.";

  static final String TRUE = "true";

  final Paragraph declaration = new Paragraph(DECLARATION);
  final ChoiceQuestion confirm =
      ChoiceQuestion.checkboxes("declaration", "Your declaration", null, false)
          .option(TRUE, "I confirm this statement is true");
  final Paragraph signing = new Paragraph();

  public DeclarationPage() {
    super(StatementStep.DECLARATION, "Declaration");
    declaration.setId("s9-declaration");
    declaration.addClassName("inset-text");
    continueButton.setText("Sign and send statement");
    continueButton.setId("sign-statement");
    form(
        new H1("Declaration"),
        new Paragraph(
            "Your statement may be used as evidence in court, in place of you saying it there."
                + " Read this declaration, which will be part of your signed statement:"),
        declaration,
        confirm,
        signing);
  }

  @Override
  String enter(String caseReference, Map<String, List<String>> query) {
    String elsewhere = super.enter(caseReference, query);
    if (elsewhere == null) {
      String name = nameFromAccount();
      signing.setText(
          "When you select Sign and send statement, we sign it with your portal account"
              + (name == null ? "" : " (" + name + ")")
              + " and the date and time. You cannot change a signed statement, but you can"
              + " correct it later with a new version.");
      Map<String, String> left = statement.takeRefusals(StatementStep.DECLARATION);
      if (!left.isEmpty()) {
        showProblems(left.values().stream().map(m -> new Problem(confirm.idOf(TRUE), m)).toList());
      }
    }
    return elsewhere;
  }

  @Override
  String backPath() {
    return StatementStep.CHECK.path(reference);
  }

  @Override
  void show(StatementAnswers answers) {
    confirm.tick(List.of());
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    require(
        confirm.isChosen(TRUE),
        confirm,
        "Select I confirm this statement is true to sign your statement",
        problems);
    return problems;
  }

  @Override
  void keep(StatementAnswers answers) {
    // The declaration goes with the signature, not into the answers.
  }

  @Override
  void next() {
    questions.forEach(q -> q.clearError());
    List<Problem> problems = check();
    showProblems(problems);
    if (problems.isEmpty()) {
      sign();
    }
  }

  void sign() {
    try {
      statement.signed(
          caseApi.signStatement(
              reference, statement.answers().toForm(true, statement.supersedes())));
      go.accept(StatementStep.SIGNED.path(reference));
    } catch (CaseApiRefusedException refusal) {
      refused(refusal);
    } catch (CaseApiUnavailableException unavailable) {
      showProblems(
          List.of(
              new Problem(
                  confirm.idOf(TRUE),
                  "Sorry, we could not send your statement just now. Nothing was signed. Try"
                      + " again in a few minutes.")));
    }
  }

  /** Field by field to the page that asks for it; anything else (such as 409) here. */
  private void refused(CaseApiRefusedException refusal) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldError error : refusal.errors()) {
      byField.putIfAbsent(error.field() == null ? "" : error.field(), error.message());
    }
    StatementStep first =
        byField.keySet().stream()
            .map(StatementStep::asking)
            .min(Enum::compareTo)
            .orElse(StatementStep.DECLARATION);
    if (first == StatementStep.DECLARATION) {
      List<Problem> problems = new ArrayList<>();
      problems.add(new Problem(confirm.idOf(TRUE), refusal.getMessage()));
      byField.values().stream()
          .filter(m -> !m.equals(refusal.getMessage()))
          .forEach(m -> problems.add(new Problem(confirm.idOf(TRUE), m)));
      showProblems(problems);
      return;
    }
    statement.refuse(byField);
    go.accept(first.path(reference) + "?change=true");
  }
}
