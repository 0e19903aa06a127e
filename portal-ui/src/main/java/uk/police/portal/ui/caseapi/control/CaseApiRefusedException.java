package uk.police.portal.ui.caseapi.control;

import java.util.List;
import java.util.Optional;
import uk.police.portal.ui.caseapi.entity.FieldError;

/**
 * case-api said no (a 4xx): the detail is plain English written for the person, and errors say
 * which answers were refused, so a view can show each message beside its field.
 */
public class CaseApiRefusedException extends RuntimeException {

  private final int status;
  private final List<FieldError> errors;

  public CaseApiRefusedException(int status, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  public boolean notFound() {
    return status == 404;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Optional<String> errorFor(String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst();
  }
}
