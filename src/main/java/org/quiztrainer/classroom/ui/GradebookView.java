package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.quiztrainer.classroom.AttemptSummary;
import org.quiztrainer.classroom.Gradebook;
import org.quiztrainer.classroom.GradebookService;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.shell.EmptyState;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.security.access.AccessDeniedException;

/** A class's gradebook: learners by assignments; a grade opens the learner's attempts; CSV export for Excel. */
@Route("classes/:classId/gradebook")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class GradebookView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Gradebook.Row> grid = new Grid<>();
    Grid<AttemptSummary> attemptList;
    private final GradebookService service;
    private final ZoneId zone;
    private Gradebook book;

    public GradebookView(GradebookService service, StudySettingsService settings) {
        this.service = service;
        this.zone = settings.mine().zone();
        addClassName("gradebook-view");
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElse(-1L);
        String csv;
        try {
            book = service.gradebook(classId);
            csv = service.csv(classId, getTranslation("class.member.name"), getTranslation("class.member.username"));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        removeAll();
        grid.removeAllColumns();
        grid.addComponentColumn(r -> ContentLanguage.mark(new Span(r.displayName()), r.displayName(), getLocale()))
                .setHeader(getTranslation("class.member.name"))
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(Gradebook.Row::username)
                .setHeader(getTranslation("class.member.username"))
                .setAutoWidth(true);
        for (int i = 0; i < book.assignments().size(); i++) {
            int col = i;
            Gradebook.Column c = book.assignments().get(i);
            grid.addComponentColumn(r -> cell(r, c, col))
                    .setHeader(c.title())
                    .setKey("assignment-" + c.assignmentId())
                    .setAutoWidth(true);
        }
        grid.setItems(book.rows());
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                new StreamResource("gradebook-" + classId + ".csv", () -> new ByteArrayInputStream(bytes)),
                getTranslation("class.gradebook.csv"));
        download.getElement().setAttribute("download", true);
        download.addClassName("csv-link");
        add(
                new H2(getTranslation("class.gradebook.heading", book.className())),
                download,
                book.rows().isEmpty() || book.assignments().isEmpty()
                        ? new EmptyState(getTranslation(
                                book.rows().isEmpty()
                                        ? "class.gradebook.no-learners"
                                        : "class.gradebook.no-assignments"))
                        : grid,
                new RouterLink(
                        getTranslation("class.back"),
                        ClassDetailView.class,
                        new RouteParameters("classId", String.valueOf(classId))));
    }

    private Span cell(Gradebook.Row r, Gradebook.Column c, int col) {
        Span s = new Span();
        if (r.attempts().get(col) == 0) {
            s.setText("–");
            return s;
        }
        Button b = new Button(Formats.percent(r.grades().get(col)), e -> attempts(r, c));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        s.add(b);
        return s;
    }

    private void attempts(Gradebook.Row r, Gradebook.Column c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(r.displayName() + " · " + c.title());
        Grid<AttemptSummary> list = new Grid<>();
        attemptList = list;
        list.addColumn(AttemptSummary::number).setHeader("#").setAutoWidth(true);
        list.addColumn(a -> Formats.dateTime(a.startedAt(), zone, getLocale()))
                .setHeader(getTranslation("class.attempt.started"))
                .setAutoWidth(true);
        list.addColumn(a -> Formats.dateTime(a.submittedAt(), zone, getLocale()))
                .setHeader(getTranslation("class.attempt.submitted"))
                .setAutoWidth(true);
        list.addColumn(a -> Formats.percent(a.score())).setHeader(getTranslation("class.attempt.score"));
        list.addComponentColumn(a -> new Button(getTranslation("class.attempt.open"), e -> {
                    dialog.close();
                    getUI().ifPresent(ui -> ui.navigate(
                            AttemptDetailView.class, new RouteParameters("attemptId", String.valueOf(a.attemptId()))));
                }))
                .setKey("open");
        list.setItems(service.attempts(c.assignmentId(), r.learnerId()));
        list.setAllRowsVisible(true);
        list.setWidth("40rem");
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("class.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.gradebook");
    }
}
