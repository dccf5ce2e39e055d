package org.quiztrainer.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * Page-level settings: the app's theme, the colour schemes it supports, and its icons: {@code /favicon.ico}
 * (16, 32 and 48 px), a scalable SVG, a touch icon and a web manifest with 192 and 512 px icons, all static
 * files under {@code META-INF/resources} (no service worker, nothing for the frontend build).
 */
@Theme("quiztrainer")
@Meta(name = "color-scheme", content = "light dark")
@Meta(name = "theme-color", content = "#1766cf")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addFavIcon("icon", "icons/icon-32.png", "32x32");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
        settings.addLink("manifest", "manifest.webmanifest");
    }
}
