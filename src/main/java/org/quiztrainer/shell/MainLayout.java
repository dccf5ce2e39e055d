package org.quiztrainer.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** The frame of every logged-in page: a top bar, and side navigation built from {@code @Menu} routes. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();

    public MainLayout(ObjectProvider<HeaderItem> headerItems) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        viewTitle.addClassName("view-title");
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("top-bar");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.add(toggle, viewTitle);
        Div spacer = new Div();
        bar.addAndExpand(spacer);
        List<HeaderItem> items = headerItems
                .orderedStream()
                .sorted(Comparator.comparingInt(HeaderItem::order))
                .toList();
        items.forEach(item -> bar.add(item.create()));
        addToNavbar(bar);

        H1 appName = new H1(getTranslation("app.name"));
        appName.addClassName("app-name");
        nav.setLabel(getTranslation("shell.menu.label"));
        addToDrawer(appName, new Scroller(nav));
        buildMenu();
    }

    private void buildMenu() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(
                        entry.icon().endsWith(".svg") ? new SvgIcon(entry.icon()) : new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    /** The view's title in the top bar, and with the app's name as the browser tab's title. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "";
        viewTitle.setText(title);
        getContent().getElement().getClassList().add("view-content");
        String app = getTranslation("app.name");
        getUI().ifPresent(ui -> ui.getPage().setTitle(title.isEmpty() ? app : title + " · " + app));
    }
}
