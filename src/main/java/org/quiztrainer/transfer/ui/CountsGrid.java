package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.quiztrainer.transfer.TypeCount;

/** Per question type: in the file, new, updated, unchanged (and cloze cards retired, when any). */
class CountsGrid extends Grid<TypeCount> {

    CountsGrid(List<TypeCount> counts, boolean done) {
        addClassName("import-counts");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        addColumn(c -> getTranslation("import.type." + c.type().code()))
                .setHeader(getTranslation("import.count.type"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        addColumn(TypeCount::inFile)
                .setHeader(getTranslation("import.count.in-file"))
                .setAutoWidth(true);
        addColumn(TypeCount::created)
                .setHeader(getTranslation(done ? "import.count.created" : "import.count.create"))
                .setAutoWidth(true);
        addColumn(TypeCount::updated)
                .setHeader(getTranslation(done ? "import.count.updated" : "import.count.update"))
                .setAutoWidth(true);
        addColumn(TypeCount::unchanged)
                .setHeader(getTranslation("import.count.unchanged"))
                .setAutoWidth(true);
        if (counts.stream().anyMatch(c -> c.retired() > 0)) {
            addColumn(TypeCount::retired)
                    .setHeader(getTranslation("import.count.retired"))
                    .setAutoWidth(true);
        }
        setItems(counts);
        setAllRowsVisible(true);
    }
}
