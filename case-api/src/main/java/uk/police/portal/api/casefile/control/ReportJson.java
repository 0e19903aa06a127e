package uk.police.portal.api.casefile.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import uk.police.portal.api.casefile.entity.ReportForm;

/** A report is kept as the JSON the citizen sent: written once, read back whole. */
public final class ReportJson {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ReportJson() {}

  public static String write(ReportForm form) {
    return JSON.toJson(form);
  }

  public static ReportForm read(String json) {
    return JSON.fromJson(json, ReportForm.class);
  }
}
