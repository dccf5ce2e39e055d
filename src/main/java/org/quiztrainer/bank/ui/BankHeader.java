package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.QuestionType;

/**
 * The head of a bank's page: its title, description and facts (languages, who may study it, owner, questions), and
 * what the user may do: write a question of any type, edit topics and tags (editors), change the settings (the
 * owner).
 */
class BankHeader extends Div {

    MenuBar newQuestion;
    Anchor study;
    Anchor settings;
    Anchor topics;

    BankHeader(BankSummary summary, java.util.function.Supplier<String> topic) {
        addClassName("bank-header");
        Bank b = summary.bank();
        Anchor all = new Anchor("banks", getTranslation("bank.all-banks"));
        all.addClassName("bank-all-link");
        H2 title = new H2(BankTitles.title(b, this));
        title.addClassName("bank-title");
        add(all, title);
        String description = BankTitles.description(b, this);
        if (!description.isBlank()) {
            Paragraph p = new Paragraph(description);
            p.addClassName("bank-description");
            add(p);
        }
        add(facts(summary));
        Div actions = new Div();
        actions.addClassName("bank-actions");
        if (summary.mayStudy()) {
            study = new Anchor("study?bank=" + b.id(), getTranslation("bank.study"));
            study.addClassName("bank-study-link");
            actions.add(study);
        }
        if (summary.mayEdit()) {
            newQuestion = new MenuBar();
            newQuestion.addThemeVariants(MenuBarVariant.LUMO_PRIMARY);
            newQuestion.addClassName("new-question");
            MenuItem item = newQuestion.addItem(getTranslation("bank.new-question"));
            SubMenu types = item.getSubMenu();
            for (QuestionType t : QuestionType.values()) {
                types.addItem(getTranslation("bank.type." + t.code()), e -> {
                            java.util.Map<String, List<String>> query = new java.util.LinkedHashMap<>();
                            query.put("new", List.of(t.code()));
                            String in = topic.get();
                            if (in != null) {
                                query.put("topic", List.of(in));
                            }
                            com.vaadin
                                    .flow
                                    .component
                                    .UI
                                    .getCurrent()
                                    .navigate(
                                            "bank/" + b.id() + "/question",
                                            new com.vaadin.flow.router.QueryParameters(query));
                        })
                        .addClassName("new-" + t.code());
            }
            topics = new Anchor("bank/" + b.id() + "/topics", getTranslation("bank.topics-and-tags"));
            topics.addClassName("bank-topics-link");
            actions.add(newQuestion, topics);
        }
        if (summary.mayManage()) {
            settings = new Anchor("bank/" + b.id() + "/settings", getTranslation("bank.settings"));
            settings.addClassName("bank-settings-link");
            actions.add(settings);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    private Div facts(BankSummary s) {
        Bank b = s.bank();
        List<String> facts = new ArrayList<>();
        facts.add(BankTitles.languages(b.languages(), this));
        facts.add(b.builtIn() ? getTranslation("bank.kind.builtin") : BankTitles.visibility(b.visibility(), this));
        if (!s.owner().isBlank()) {
            facts.add(getTranslation("bank.owner", s.owner()));
        }
        facts.add(getTranslation("bank.count", s.questions()));
        Div out = new Div();
        out.addClassName("bank-facts");
        for (String f : facts) {
            Span span = new Span(f);
            span.addClassName("bank-fact");
            out.add(span);
        }
        return out;
    }
}
