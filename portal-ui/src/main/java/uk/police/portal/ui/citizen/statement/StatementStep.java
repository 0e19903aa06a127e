package uk.police.portal.ui.citizen.statement;

import java.util.Arrays;
import java.util.List;

/**
 * The statement pages in order, each with the StatementForm fields it asks for, so that case-api's
 * word on a field sends the person to the page that asks for it.
 */
enum StatementStep {
  ABOUT_YOU("", "fullName", "over18", "dateOfBirth", "occupation", "address", "phone"),
  ACCOUNT("account", "account", "correctionReason"),
  CHECK("check"),
  DECLARATION("declaration", "declarationAccepted", "supersedes"),
  SIGNED("signed");

  final String slug;
  final List<String> fields;

  StatementStep(String slug, String... fields) {
    this.slug = slug;
    this.fields = List.of(fields);
  }

  /** The page's address for a case, without the leading slash. */
  String path(String reference) {
    return "cases/" + reference + "/statement" + (slug.isEmpty() ? "" : "/" + slug);
  }

  /** The page asking for a field; what no page asks for is shown on the declaration page. */
  static StatementStep asking(String field) {
    return Arrays.stream(values())
        .filter(step -> step.fields.contains(field))
        .findFirst()
        .orElse(DECLARATION);
  }
}
