package uk.police.portal.ui.citizen;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import java.io.Serializable;
import java.util.function.Consumer;

/**
 * Moves to another page by its address ("report/when?change=true"). Views hold it as a field, so a
 * unit test can see where a view sends the person without a running UI.
 */
public final class Go {

  private Go() {}

  public static Consumer<String> toPage() {
    return (Consumer<String> & Serializable)
        target -> {
          Location location = new Location(target);
          UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        };
  }

  /** Sets the browser tab's title, when there is a browser (not in unit tests). */
  public static void title(String title) {
    UI ui = UI.getCurrent();
    if (ui != null) {
      ui.getPage().setTitle(title);
    }
  }
}
