package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Locale;
import org.quiztrainer.progress.ClassProgress;
import org.quiztrainer.progress.ItemForgetting;

/** The questions the class forgets most, with the item analysis of the class's quizzes next to them. */
class ForgottenItemsGrid extends Grid<ItemForgetting> {

    ForgottenItemsGrid(ClassProgress matrix) {
        addClassName("class-items-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(i -> i.text().in(getLocale()))
                .setHeader(getTranslation("progress.question.title"))
                .setWidth("14em")
                .setFlexGrow(3);
        addColumn(i -> Labels.percent(i.lapseRate()) + " (" + i.lapses() + "/" + i.reviews() + ")")
                .setHeader(getTranslation("progress.class.lapse-rate"))
                .setWidth("7em")
                .setFlexGrow(1);
        addColumn(i -> Labels.percent(i.meanRecall()) + " (" + i.learners() + ")")
                .setHeader(getTranslation("progress.class.mean-recall"))
                .setWidth("7em")
                .setFlexGrow(1);
        addColumn(i -> i.facility() == null ? "–" : Labels.percent(i.facility()))
                .setHeader(getTranslation("progress.class.facility"))
                .setWidth("6em")
                .setFlexGrow(1);
        addColumn(i -> i.discrimination() == null ? "–" : String.format(Locale.ROOT, "%.0f", i.discrimination() * 100))
                .setHeader(getTranslation("progress.class.discrimination"))
                .setWidth("6em")
                .setFlexGrow(1);
        setItems(matrix.items());
        setAllRowsVisible(true);
    }
}
