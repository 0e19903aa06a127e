package uk.police.portal.ui.chat;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The "Exit this page" button at the top of every citizen and public page (GOV.UK pattern). It is a
 * plain link to a neutral site; scripts/quick-exit.js makes it (and Shift pressed 3 times) replace
 * the page instead, after telling {@link QuickExitServlet}.
 */
public class QuickExit extends Div {

  static final String DEFAULT_URL = "https://www.bbc.co.uk/weather";

  final Anchor exit = new Anchor(url(), "Exit this page");

  public QuickExit() {
    addClassName("quick-exit");
    exit.setId("quick-exit");
    exit.addClassName("quick-exit__button");
    exit.setRouterIgnore(true);
    exit.getElement().setAttribute("rel", "nofollow noreferrer");
    exit.getElement().setAttribute("role", "button");
    exit.getElement().setAttribute("title", "Leave this website now (or press Shift 3 times)");
    add(exit);
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    attach.getUI().getPage().addJavaScript("context://scripts/quick-exit.js");
  }

  /** {@code portal.quick-exit-url} (PORTAL_QUICK_EXIT_URL): where the page goes. */
  static String url() {
    try {
      return ConfigProvider.getConfig()
          .getOptionalValue("portal.quick-exit-url", String.class)
          .filter(url -> url.startsWith("https://") || url.startsWith("http://"))
          .orElse(DEFAULT_URL);
    } catch (IllegalStateException noConfig) {
      return DEFAULT_URL; // a unit test without MicroProfile Config
    }
  }
}
