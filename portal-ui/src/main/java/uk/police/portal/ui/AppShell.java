package uk.police.portal.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;

/**
 * Page-wide settings: server push for live chat, and a viewport that lets people zoom. Not a PWA on
 * purpose: an installable "police" icon on a phone can put someone at risk from an abuser.
 */
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "referrer", content = "no-referrer")
public class AppShell implements AppShellConfigurator {}
