package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.classroom.ItemAnalysis;
import org.quiztrainer.classroom.ItemAnalysisService;
import org.quiztrainer.classroom.ItemStatistics;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.shell.EmptyState;
import org.springframework.security.access.AccessDeniedException;

/**
 * The item analysis of an assignment: facility, discrimination (flagged when low or negative), spread,
 * average time and the responses per choice, with each question one click away.
 */
@Route("assignments/:assignmentId/analysis")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ItemAnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<ItemAnalysis.Item> grid = new Grid<>();
    private final ItemAnalysisService service;

    public ItemAnalysisView(ItemAnalysisService service) {
        this.service = service;
        addClassName("item-analysis-view");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ItemAnalysis analysis;
        try {
            analysis = service.analyse(
                    event.getRouteParameters().getLong("assignmentId").orElse(-1L));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        removeAll();
        Locale l = getLocale();
        grid.removeAllColumns();
        grid.addComponentColumn(i -> {
                    Button open = ContentLanguage.mark(
                            new Button(i.question().text().in(l), e -> show(i.question())),
                            i.question().text().in(l),
                            l);
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    open.addClassName("analysis-question");
                    return open;
                })
                .setHeader(getTranslation("class.analysis.question"))
                .setFlexGrow(3);
        grid.addColumn(i -> i.stats().attempts())
                .setHeader(getTranslation("class.analysis.n"))
                .setAutoWidth(true);
        grid.addColumn(i -> Formats.percent(i.stats().facility()))
                .setHeader(getTranslation("class.analysis.facility"))
                .setAutoWidth(true);
        grid.addColumn(i -> Formats.percent(i.stats().sd()))
                .setHeader(getTranslation("class.analysis.sd"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> {
                    Span d = new Span(Formats.percent(i.stats().discrimination()));
                    if (i.stats().flagged()) {
                        d.getElement().setAttribute("theme", "badge error");
                        d.getElement().setAttribute("title", getTranslation("class.analysis.flag"));
                        d.addClassName("analysis-flag");
                    }
                    return d;
                })
                .setHeader(getTranslation("class.analysis.discrimination"))
                .setAutoWidth(true);
        grid.addColumn(i -> String.format(l, "%.0f s", i.stats().averageSeconds()))
                .setHeader(getTranslation("class.analysis.time"))
                .setAutoWidth(true);
        grid.addColumn(i -> distribution(i, l, this::truth))
                .setHeader(getTranslation("class.analysis.responses"))
                .setFlexGrow(2);
        grid.setItems(analysis.items());
        add(
                new H2(getTranslation("class.analysis.heading", analysis.title())),
                new Paragraph(getTranslation("class.analysis.about", analysis.attempts())),
                analysis.attempts() == 0 ? new EmptyState(getTranslation("class.analysis.none")) : grid);
    }

    /** Each response with its count; choice indexes become the choice's text. */
    static String distribution(ItemAnalysis.Item i, Locale l, Function<Boolean, String> truth) {
        List<QuestionContent.Choice> choices = ResponseText.choices(i.question().content());
        return i.stats().distribution().entrySet().stream()
                .map(e -> label(e, choices, l, truth) + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private static String label(
            Map.Entry<String, Integer> e,
            List<QuestionContent.Choice> choices,
            Locale l,
            Function<Boolean, String> truth) {
        if (e.getKey().equals(ItemStatistics.NO_ANSWER)) {
            return "—";
        }
        if (!choices.isEmpty() && e.getKey().matches("\\d+") && Integer.parseInt(e.getKey()) < choices.size()) {
            QuestionContent.Choice c = choices.get(Integer.parseInt(e.getKey()));
            return (c.correct() ? "✓ " : "") + c.text().in(l);
        }
        return e.getKey().equals("true") || e.getKey().equals("false")
                ? truth.apply(Boolean.parseBoolean(e.getKey()))
                : e.getKey();
    }

    private void show(Question q) {
        Dialog d = new Dialog();
        d.setHeaderTitle(q.id());
        d.add(
                ContentLanguage.mark(
                        new Paragraph(q.text().in(getLocale())), q.text().in(getLocale()), getLocale()),
                new Paragraph(
                        getTranslation("class.review.correct", ResponseText.correct(q, getLocale(), this::truth))),
                ContentLanguage.mark(
                        new Paragraph(q.explanation().in(getLocale())),
                        q.explanation().in(getLocale()),
                        getLocale()),
                new Anchor("bank", getTranslation("class.analysis.bank")));
        d.getFooter().add(new Button(getTranslation("class.close"), e -> d.close()));
        d.setMaxWidth("40rem");
        d.open();
    }

    private String truth(boolean value) {
        return getTranslation(value ? "class.take.true" : "class.take.false");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.analysis");
    }
}
