package org.quiztrainer.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;

/** Page-level settings: the app's theme and viewport. */
@Theme("quiztrainer")
@Meta(name = "color-scheme", content = "light dark")
public class AppShell implements AppShellConfigurator {}
