package uk.police.portal.ui.form;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A SHA-256 fingerprint as people read it on a phone: the 64 characters in groups of 8 that may
 * wrap between groups (and only there), with nothing added to the text, so that copying it or
 * hearing it read out gives exactly the 64 characters case-api sent.
 */
@Tag("code")
public class Fingerprint extends com.vaadin.flow.component.HtmlContainer {

  static final int GROUP = 8;

  public Fingerprint(String sha256) {
    addClassName("fingerprint");
    List<String> groups = groups(sha256);
    for (int i = 0; i < groups.size(); i++) {
      if (i > 0) {
        getElement().appendChild(new Element("wbr"));
      }
      getElement().appendChild(new Span(groups.get(i)).getElement());
    }
  }

  /** The text as shown, for tests and for anything that needs the whole value. */
  public String value() {
    return getElement().getTextRecursively();
  }

  /** The fingerprint in lower case, cut into groups of 8 (the last may be shorter). */
  static List<String> groups(String sha256) {
    String hex = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
    List<String> groups = new ArrayList<>();
    for (int start = 0; start < hex.length(); start += GROUP) {
      groups.add(hex.substring(start, Math.min(hex.length(), start + GROUP)));
    }
    return groups;
  }
}
