package uk.police.portal.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;

/** Page-wide settings: server push for live chat, and a viewport that lets people zoom. */
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "referrer", content = "no-referrer")
@PWA(name = "Report and track a crime", shortName = "Police contact", offline = false)
public class AppShell implements AppShellConfigurator {}
