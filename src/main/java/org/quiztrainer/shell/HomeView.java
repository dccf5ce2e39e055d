package org.quiztrainer.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/** The start page after login: what this app does, and a card for each place the user may go. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView() {
        addClassName("home-view");
        add(new H2(getTranslation("home.welcome")), new Paragraph(getTranslation("home.intro")));
        Div cards = new Div();
        cards.addClassName("home-cards");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.path().isEmpty() || "/".equals(entry.path())) {
                continue;
            }
            Anchor card = new Anchor(entry.path(), getTranslation(entry.title()));
            card.addClassName("home-card");
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
