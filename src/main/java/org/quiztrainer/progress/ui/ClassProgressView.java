package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.progress.ClassProgress;
import org.quiztrainer.progress.ClassProgressService;
import org.quiztrainer.progress.LearnerProgress;
import org.quiztrainer.shell.EmptyState;

/** A class's memory for its instructor: learners × topics, who is at risk, and what the class forgets most. */
@Route("progress/classes/:classId?")
@Menu(order = 41, icon = "vaadin:table", title = "nav.class-progress")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ClassProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassProgressService progress;

    public ClassProgressView(ClassProgressService progress) {
        this.progress = progress;
        addClassName("class-progress-view");
        setMaxWidth("1400px");
        setWidthFull();
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getPageTitle()));
        List<ClassSummary> classes = progress.classes();
        if (classes.isEmpty()) {
            add(new EmptyState(getTranslation("progress.class.none")));
            return;
        }
        long classId = event.getRouteParameters()
                .getLong("classId")
                .orElse(classes.get(0).id());
        ClassSummary chosen =
                classes.stream().filter(c -> c.id() == classId).findFirst().orElse(classes.get(0));
        Select<ClassSummary> picker = new Select<>();
        picker.addClassName("class-progress-picker");
        picker.setLabel(getTranslation("progress.class.class"));
        picker.setItems(classes);
        picker.setItemLabelGenerator(ClassSummary::name);
        picker.setValue(chosen);
        picker.addValueChangeListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("progress/classes/" + e.getValue().id())));
        add(picker);
        show(progress.matrix(chosen.id()), chosen);
    }

    private void show(ClassProgress matrix, ClassSummary c) {
        if (matrix.learners().isEmpty()) {
            add(new EmptyState(getTranslation("progress.class.no-learners", c.joinCode())));
            return;
        }
        long risk = matrix.learners().stream().filter(LearnerProgress::atRisk).count();
        add(Labels.flow(
                "130px",
                Labels.tile(
                        "class-learners",
                        String.valueOf(matrix.learners().size()),
                        getTranslation("progress.class.learners")),
                Labels.tile("class-risk", String.valueOf(risk), getTranslation("progress.class.at-risk"))));
        add(new Paragraph(getTranslation("progress.class.help", Math.round(ClassProgress.AT_RISK_RECALL * 100))));
        add(
                csv(c),
                Labels.section("class-matrix", getTranslation("progress.class.matrix"), new ClassMatrixGrid(matrix)),
                Labels.section("class-items", getTranslation("progress.class.items"), new ForgottenItemsGrid(matrix)));
    }

    private Component csv(ClassSummary c) {
        StreamResource file = new StreamResource(
                "progress-" + c.id() + ".csv",
                () -> new ByteArrayInputStream(
                        progress.csv(c.id(), this::getTranslation, t -> t.name().in(getLocale()))
                                .getBytes(StandardCharsets.UTF_8)));
        file.setContentType("text/csv; charset=UTF-8");
        Anchor download = new Anchor(file, getTranslation("progress.class.csv"));
        download.getElement().setAttribute("download", true);
        download.addClassName("class-progress-csv");
        return download;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.class-progress");
    }
}
