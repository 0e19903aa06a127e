package uk.police.portal.api.statement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.evidence.control.AllOrNothingIntake;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.statement.entity.Declaration;
import uk.police.portal.api.statement.entity.RenderedStatement;
import uk.police.portal.api.statement.entity.SignedStatement;
import uk.police.portal.api.statement.entity.StatementForm;
import uk.police.portal.api.statement.entity.StatementReceipt;
import uk.police.portal.api.statement.entity.WitnessStatement;
import uk.police.portal.evidencestore.intake.boundary.EvidenceIntake;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;

/**
 * A witness signs their statement: the form is checked, the next version is rendered to PDF with
 * the declaration and signature, and the PDF goes through the same intake as every other file (type
 * from its bytes, SHA-256 while it streams, receipt email) before it is recorded as that version.
 * Either the PDF and both records exist, or nothing does.
 */
@ApplicationScoped
public class StatementSigning {

  @Inject Clock clock;
  @Inject EvidenceIntake intake;
  @Inject ObjectStore store;
  @Inject WitnessStatements statements;

  /**
   * @throws uk.police.portal.api.platform.entity.InvalidRequestException answers to change
   * @throws ConflictException {@code supersedes} is not the witness's latest version
   */
  public StatementReceipt sign(CaseFile file, StatementForm form, JsonWebToken caller) {
    StatementCheck.require(form, LocalDate.now(clock.withZone(StatementPdf.UK)));
    Person witness = new CaseAccess(caller).person();
    Optional<WitnessStatement> latest = statements.latest(file, witness.subject());
    requireLatest(form.supersedes(), latest);
    SignedStatement statement = statement(file, form, witness, latest);
    RenderedStatement pdf = StatementPdf.render(statement);
    Long earlierId = latest.map(WitnessStatement::id).orElse(null);
    return new AllOrNothingIntake(intake, store)
        .accept(
            new ByteArrayInputStream(pdf.pdf()),
            "witness-statement-v" + statement.version() + ".pdf",
            Map.of("case", file.reference()),
            accepted ->
                statements.record(file, statement, earlierId, accepted, caller, pdf.pages()));
  }

  private static void requireLatest(Long supersedes, Optional<WitnessStatement> latest) {
    if (supersedes == null && latest.isPresent()) {
      throw new ConflictException(
          "You have already signed a statement on this case (version %d). To change it, correct that statement. Nothing was saved."
              .formatted(latest.get().version()));
    }
    if (supersedes != null && latest.isEmpty()) {
      throw new ConflictException(
          "You have no statement on this case to correct. Nothing was saved.");
    }
    if (supersedes != null && !supersedes.equals(latest.get().id())) {
      throw new ConflictException(
          "You can only correct your latest statement on this case (version %d). Nothing was saved."
              .formatted(latest.get().version()));
    }
  }

  private SignedStatement statement(
      CaseFile file, StatementForm form, Person witness, Optional<WitnessStatement> latest) {
    return new SignedStatement(
        file.reference(),
        latest.map(s -> s.version() + 1).orElse(1),
        latest.map(WitnessStatement::version).orElse(null),
        latest.isPresent() ? StatementCheck.clean(form.correctionReason()).strip() : null,
        StatementCheck.clean(form.fullName()).strip(),
        StatementCheck.dateOfBirth(form),
        stripped(form.occupation()),
        StatementCheck.clean(form.address()).strip(),
        stripped(form.phone()),
        StatementCheck.clean(form.account()),
        witness.username() == null ? witness.subject() : witness.username(),
        OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
        Declaration.CURRENT);
  }

  private static String stripped(String typed) {
    String kept = StatementCheck.clean(typed);
    return kept == null ? null : kept.strip();
  }
}
