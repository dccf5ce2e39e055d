package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.quiztrainer.progress.Retention;

/** True retention over 7, 30 and 365 days for young and mature cards. */
class RetentionTable extends Grid<Retention> {

    RetentionTable(List<Retention> retention) {
        addClassName("progress-retention-table");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(r -> getTranslation("progress.retention.days", r.days()))
                .setHeader(getTranslation("progress.retention.period"))
                .setWidth("4em")
                .setFlexGrow(1);
        addColumn(r -> Labels.figure(r.young()))
                .setHeader(getTranslation("progress.retention.young"))
                .setWidth("4em")
                .setFlexGrow(1);
        addColumn(r -> Labels.figure(r.mature()))
                .setHeader(getTranslation("progress.retention.mature"))
                .setWidth("4em")
                .setFlexGrow(1);
        setItems(retention);
        setAllRowsVisible(true);
        setWidthFull();
        getElement().setAttribute("title", getTranslation("progress.retention.help"));
    }
}
