package org.quiztrainer.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An Apache ECharts chart, drawn in the browser by {@code js/charts.js} from options built on the server,
 * in the colours of the current light or dark theme.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://js/charts.js")
public class Chart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String options;

    /** An empty chart of the given CSS height. */
    public Chart(String className, String height) {
        addClassNames("progress-chart", className);
        setWidthFull();
        setHeight(height);
        getStyle().set("min-width", "0");
    }

    /** Sets the ECharts options and draws them. */
    public void setOptions(Map<String, Object> chartOptions) {
        try {
            options = JSON.writeValueAsString(chartOptions);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (isAttached()) {
            draw();
        }
    }

    /** The options as JSON, as sent to the browser. */
    public String getOptions() {
        return options;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (options != null) {
            draw();
        }
    }

    private void draw() {
        getElement()
                .executeJs(
                        "window.qtCharts.render(this, JSON.parse($0), $1)",
                        options,
                        "zh".equals(getLocale().getLanguage()) ? "ZH" : "EN");
    }
}
