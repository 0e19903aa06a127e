package uk.police.portal.ui.form;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;

/** Buttons and links in the GOV.UK styles. */
public final class Buttons {

  private Buttons() {}

  public static NativeButton primary(String text) {
    NativeButton button = new NativeButton(text);
    button.addClassName("button");
    return button;
  }

  public static NativeButton secondary(String text) {
    NativeButton button = primary(text);
    button.addClassName("button--secondary");
    return button;
  }

  public static Anchor backLink(String href) {
    Anchor back = new Anchor(href, "Back");
    back.addClassName("back-link");
    return back;
  }
}
