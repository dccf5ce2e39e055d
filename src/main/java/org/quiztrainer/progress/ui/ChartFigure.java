package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A chart with its text equivalent: the drawing is an image whose name is a one-line summary (what a screen
 * reader reads), and its numbers are a plain table under a "Show the numbers" disclosure that anyone can open
 * with the keyboard. Charts whose numbers are already in a table beside them have the summary only.
 */
final class ChartFigure extends Div {

    final Chart chart;

    ChartFigure(Chart chart, String summary, List<String> header, List<List<String>> rows) {
        this.chart = chart;
        addClassName("chart-figure");
        setWidthFull();
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", summary);
        add(chart);
        if (!rows.isEmpty()) {
            Details numbers = new Details(getTranslation("progress.chart.numbers"));
            numbers.addClassName("chart-numbers");
            Element scroll = new Element("div").appendChild(table(summary, header, rows));
            scroll.getClassList().add("chart-table-scroll");
            numbers.getElement().appendChild(scroll);
            add(numbers);
        }
    }

    /** A native table: a caption, a header row, and each row's first cell as its header. */
    static Element table(String caption, List<String> header, List<List<String>> rows) {
        Element table = new Element("table");
        table.getClassList().add("chart-table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        header.forEach(h ->
                head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                Element cell = i == 0 ? new Element("th").setAttribute("scope", "row") : new Element("td");
                tr.appendChild(cell.setText(row.get(i)));
            }
            body.appendChild(tr);
        }
        return table.appendChild(body);
    }
}
