package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.Visibility;

/**
 * Every bank the user may see, grouped by how they have it: their own, those they co-edit, those shared with their
 * classes, public ones, the built-in bank (an admin also sees everyone else's). Anyone signed in can make a bank.
 */
@Route("banks")
@Menu(order = 20, icon = "vaadin:book", title = "bank.menu")
@PermitAll
public class BanksView extends Div implements HasDynamicTitle {

    /** How the user has a bank, in the order the groups are shown. */
    enum Relation {
        OWN,
        CO_EDITED,
        SHARED,
        PUBLIC,
        BUILT_IN,
        OTHER
    }

    final Button create;
    final Map<Relation, List<BankSummary>> groups = new EnumMap<>(Relation.class);

    public BanksView(BankCatalogService catalog, CurrentUser user) {
        addClassName("banks-view");
        long me = user.require().id();
        create = new Button(
                getTranslation("bank.create"),
                VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("banks/new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-bank");
        Paragraph intro = new Paragraph(getTranslation("bank.intro"));
        intro.addClassName("banks-intro");
        Div head = new Div(intro, create);
        head.addClassName("banks-head");
        add(head);
        for (BankSummary s : catalog.banks()) {
            groups.computeIfAbsent(relation(s, me), r -> new ArrayList<>()).add(s);
        }
        groups.forEach((relation, banks) -> add(group(relation, banks)));
    }

    static Relation relation(BankSummary s, long me) {
        Bank b = s.bank();
        if (b.builtIn()) {
            return Relation.BUILT_IN;
        }
        if (b.ownerId() != null && b.ownerId() == me) {
            return Relation.OWN;
        }
        if (b.isEditor(me)) {
            return Relation.CO_EDITED;
        }
        if (b.visibility() == Visibility.CLASSES && s.mayStudy()) {
            return Relation.SHARED;
        }
        return b.visibility() == Visibility.PUBLIC ? Relation.PUBLIC : Relation.OTHER;
    }

    private Section group(Relation relation, List<BankSummary> banks) {
        String key = "bank.group."
                + relation.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        H2 title = new H2(getTranslation(key));
        title.addClassName("banks-group-title");
        Div cards = new Div();
        cards.addClassName("bank-cards");
        banks.forEach(b -> cards.add(card(b)));
        Section section = new Section(title, cards);
        section.addClassNames("banks-group", "banks-" + relation.name().toLowerCase(java.util.Locale.ROOT));
        return section;
    }

    private Div card(BankSummary s) {
        Bank b = s.bank();
        Anchor open = new Anchor("bank/" + b.id(), BankTitles.title(b, this));
        open.addClassName("bank-card-title");
        H3 title = new H3(open);
        Div card = new Div(title);
        card.addClassName("bank-card");
        String description = BankTitles.description(b, this);
        if (!description.isBlank()) {
            Paragraph p = new Paragraph(description);
            p.addClassName("bank-card-description");
            card.add(p);
        }
        Div facts = new Div();
        facts.addClassName("bank-facts");
        facts.add(fact(getTranslation("bank.count", s.questions())));
        facts.add(fact(BankTitles.languages(b.languages(), this)));
        facts.add(
                fact(b.builtIn() ? getTranslation("bank.kind.builtin") : BankTitles.visibility(b.visibility(), this)));
        if (!s.owner().isBlank()) {
            facts.add(fact(getTranslation("bank.owner", s.owner())));
        }
        card.add(facts);
        if (s.mayManage()) {
            Anchor settings = new Anchor("bank/" + b.id() + "/settings", getTranslation("bank.settings"));
            settings.addClassName("bank-card-settings");
            settings.getElement()
                    .setAttribute("aria-label", getTranslation("bank.settings-of", BankTitles.title(b, this)));
            card.add(settings);
        }
        return card;
    }

    private static Span fact(String text) {
        Span s = new Span(text);
        s.addClassName("bank-fact");
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bank.banks-title");
    }
}
