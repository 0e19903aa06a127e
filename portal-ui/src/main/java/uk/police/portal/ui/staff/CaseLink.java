package uk.police.portal.ui.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The way to a staff case page. It always carries why the case is opened: case-api writes that
 * reason to the audit log with every read (Data Protection Act 2018 s.62).
 */
public record CaseLink(String reference, String reason) {

  public static final String WORK_QUEUE = "Work queue";

  /** Relative to the application root (Vaadin sets the base), for links in the page. */
  public String href() {
    return path() + "?reason=" + encode(reason);
  }

  public void open(UI ui) {
    ui.navigate(path(), QueryParameters.simple(Map.of("reason", reason)));
  }

  private String path() {
    return "staff/cases/" + encode(reference);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
