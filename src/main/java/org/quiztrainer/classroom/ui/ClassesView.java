package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.shell.EmptyState;

/** An instructor's classes (all of them for an admin), and creating one. */
@Route("classes")
@Menu(order = 40, icon = "vaadin:academy-cap", title = "nav.classes")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ClassesView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final Button create = new Button();
    final Grid<ClassSummary> grid = new Grid<>();
    private final ClassService classes;

    public ClassesView(ClassService classes) {
        this.classes = classes;
        addClassName("classes-view");
        add(new H2(getTranslation("nav.classes")));
        name.setLabel(getTranslation("class.name"));
        name.setMaxLength(ClassService.NAME_MAX);
        create.setText(getTranslation("class.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        grid.addComponentColumn(c -> {
                    RouterLink link = new RouterLink(
                            c.name(), ClassDetailView.class, new RouteParameters("classId", String.valueOf(c.id())));
                    link.addClassName("class-link");
                    ContentLanguage.mark(link, c.name(), getLocale());
                    return link;
                })
                .setHeader(getTranslation("class.name"))
                .setAutoWidth(true);
        grid.addColumn(ClassSummary::instructorName)
                .setHeader(getTranslation("class.instructor"))
                .setAutoWidth(true);
        grid.addColumn(ClassSummary::joinCode)
                .setHeader(getTranslation("class.code"))
                .setAutoWidth(true);
        grid.addColumn(ClassSummary::memberCount)
                .setHeader(getTranslation("class.members"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.joiningOpen() ? "class.joining.open" : "class.joining.closed"))
                .setHeader(getTranslation("class.joining"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        List<ClassSummary> mine = classes.classes();
        grid.setItems(mine);
        add(form);
        add(mine.isEmpty() ? new EmptyState(getTranslation("class.none")) : grid);
    }

    private void create() {
        try {
            ClassSummary c = classes.create(name.getValue());
            open(c);
        } catch (InvalidInputException e) {
            name.setErrorMessage(getTranslation("class.error.name"));
            name.setInvalid(true);
        }
    }

    private void open(ClassSummary c) {
        getUI().ifPresent(ui ->
                ui.navigate(ClassDetailView.class, new RouteParameters("classId", String.valueOf(c.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.classes");
    }
}
