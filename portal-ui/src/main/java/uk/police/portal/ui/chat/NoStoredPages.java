package uk.police.portal.ui.chat;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every page is sent with {@code Cache-Control: no-store}: after a quick exit, Back must ask the
 * server again (which has forgotten the chat) rather than show a stored copy, and a shared computer
 * must not keep a citizen's pages.
 */
@ApplicationScoped
public class NoStoredPages {

  void register(@Observes ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        page -> page.getVaadinResponse().setHeader("Cache-Control", "no-store"));
  }
}
