package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quiztrainer.bank.QuestionUse;

/**
 * Who uses the question being edited: how many learners have it in memory and which assignments ask it, with what
 * a change means for them (a new version; they are asked whether to keep or reset their memory of it).
 */
class UsagePanel extends Div {

    private final EditorContext context;

    UsagePanel(EditorContext context) {
        this.context = context;
        addClassName("question-usage");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** Shows the use of a question's cards (one for most questions, one per deletion of a cloze note). */
    void show(List<QuestionUse> uses) {
        removeAll();
        long learners = uses.stream().mapToLong(QuestionUse::learners).sum();
        Set<String> assignments = new LinkedHashSet<>();
        uses.forEach(u -> assignments.addAll(u.assignments()));
        if (learners == 0 && assignments.isEmpty()) {
            add(new Paragraph(context.t("bank.usage.none")));
        } else {
            Paragraph memory = new Paragraph(
                    context.t(uses.size() > 1 ? "bank.usage.learner-cards" : "bank.usage.learners", learners));
            memory.addClassName("usage-learners");
            add(memory);
            if (!assignments.isEmpty()) {
                add(new Paragraph(context.t("bank.usage.assignments", assignments.size())));
                UnorderedList list = new UnorderedList();
                list.addClassName("usage-assignments");
                assignments.forEach(a -> list.add(new ListItem(a)));
                add(list);
            }
            Paragraph change = new Paragraph(context.t("bank.usage.change"));
            change.addClassName("field-hint");
            add(change);
        }
        setVisible(true);
    }
}
