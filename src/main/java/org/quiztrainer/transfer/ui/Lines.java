package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.quiztrainer.transfer.ImportLine;
import org.quiztrainer.transfer.ImportText;

/** A list of problems, skipped entries or notes, each with its place, in the reader's language. */
final class Lines {

    /** The most lines shown at once; the rest are counted. */
    static final int SHOWN = 200;

    private Lines() {}

    /** The lines as a list under a summary that opens it; open at once when {@code open}. */
    static Details details(Component owner, String titleKey, List<ImportLine> lines, String className, boolean open) {
        Details d = new Details(owner.getTranslation(titleKey, lines.size()), list(owner, lines));
        d.addClassName(className);
        d.setOpened(open);
        return d;
    }

    static Component list(Component owner, List<ImportLine> lines) {
        UnorderedList list = new UnorderedList();
        list.addClassName("import-lines");
        for (ImportLine line : lines.subList(0, Math.min(SHOWN, lines.size()))) {
            Span where = new Span(ImportText.where(line.where(), owner::getTranslation));
            where.addClassName("import-where");
            Span text = new Span(ImportText.render(line, owner::getTranslation));
            list.add(new ListItem(where, text));
        }
        if (lines.size() > SHOWN) {
            list.add(new ListItem(owner.getTranslation("import.lines.more", lines.size() - SHOWN)));
        }
        Div box = new Div(list);
        box.addClassName("import-lines-box");
        return box;
    }
}
