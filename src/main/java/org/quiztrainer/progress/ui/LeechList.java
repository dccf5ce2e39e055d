package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.quiztrainer.progress.QuestionRecall;

/** The learner's leeches: cards forgotten so often they were suspended; each links to its history. */
class LeechList extends Div {

    LeechList(List<QuestionRecall> leeches) {
        setWidthFull();
        Div body = new Div();
        if (leeches.isEmpty()) {
            body.add(new Paragraph(getTranslation("progress.leeches.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (QuestionRecall q : leeches) {
                list.add(new ListItem(new Anchor(
                        "progress/question/" + q.questionId(),
                        q.text().in(getLocale()) + " · " + getTranslation("progress.leeches.lapses", q.lapses()))));
            }
            body.add(list);
        }
        Div section = Labels.section("progress-leeches", getTranslation("progress.leeches.title"), body);
        section.setSizeFull();
        add(section);
    }
}
