package uk.police.portal.ui.form;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;

/**
 * A plain {@code <textarea>}. No maxlength on purpose: a longer answer is kept as typed and the
 * page says how much to cut, instead of the browser silently dropping the rest.
 */
@Tag("textarea")
public class NativeTextArea extends AbstractSinglePropertyField<NativeTextArea, String> {

  public NativeTextArea() {
    super("value", "", false);
    setSynchronizedEvent("change");
  }
}
