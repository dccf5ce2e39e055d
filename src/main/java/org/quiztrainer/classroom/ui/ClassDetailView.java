package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.classroom.Member;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.shell.EmptyState;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.security.access.AccessDeniedException;

/** One class for its instructor: join code, joining open or closed, members, assignments, and the gradebook. */
@Route("classes/:classId")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ClassDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Span code = new Span();
    final Checkbox joining = new Checkbox();
    final Grid<Member> members = new Grid<>();
    final Grid<Assignment> assignmentGrid = new Grid<>();
    private final ClassService classes;
    private final AssignmentService assignments;
    private final ZoneId zone;
    private ClassSummary summary;

    public ClassDetailView(ClassService classes, AssignmentService assignments, StudySettingsService settings) {
        this.classes = classes;
        this.assignments = assignments;
        this.zone = settings.mine().zone();
        addClassName("class-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            summary = classes.get(event.getRouteParameters().getLong("classId").orElse(-1L));
            if (!summary.managed()) {
                throw new AccessDeniedException("not managed");
            }
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        code.setText(summary.joinCode());
        code.addClassName("join-code");
        joining.setLabel(getTranslation("class.joining.allow"));
        joining.setValue(summary.joiningOpen());
        joining.addValueChangeListener(e -> summary = classes.setJoiningOpen(summary.id(), e.getValue()));
        Button newCode = new Button(getTranslation("class.code.new"), e -> {
            summary = classes.newJoinCode(summary.id());
            code.setText(summary.joinCode());
        });
        newCode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout codeRow = new HorizontalLayout(new Span(getTranslation("class.code")), code, newCode, joining);
        codeRow.setAlignItems(Alignment.BASELINE);
        codeRow.addClassName("wrap-row");
        Button gradebook =
                new Button(getTranslation("class.gradebook"), e -> go(GradebookView.class, "classId", summary.id()));
        Button add = new Button(
                getTranslation("class.assignment.new"),
                e -> getUI().ifPresent(ui -> ui.navigate(
                        AssignmentEditorView.class, new RouteParameters("classId", String.valueOf(summary.id())))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor matrix = new Anchor("progress/classes/" + summary.id(), getTranslation("nav.class-progress"));
        matrix.addClassName("class-progress-link");
        HorizontalLayout actions = new HorizontalLayout(add, gradebook, matrix);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("wrap-row");
        add(
                ContentLanguage.mark(new H2(summary.name()), summary.name(), getLocale()),
                codeRow,
                new H3(getTranslation("class.assignments")),
                actions,
                assignmentGrid(),
                new H3(getTranslation("class.members")),
                memberGrid());
    }

    private Component assignmentGrid() {
        assignmentGrid.removeAllColumns();
        assignmentGrid
                .addColumn(a -> a.settings().title())
                .setHeader(getTranslation("class.assignment.title"))
                .setAutoWidth(true);
        assignmentGrid
                .addColumn(a -> Formats.dateTime(a.settings().opensAt(), zone, getLocale()))
                .setHeader(getTranslation("class.assignment.opens"))
                .setAutoWidth(true);
        assignmentGrid
                .addColumn(a -> Formats.dateTime(a.settings().closesAt(), zone, getLocale()))
                .setHeader(getTranslation("class.assignment.closes"))
                .setAutoWidth(true);
        assignmentGrid
                .addComponentColumn(a -> {
                    Button edit = new Button(
                            getTranslation("class.edit"),
                            e -> getUI().ifPresent(ui -> ui.navigate(
                                    AssignmentEditorView.class,
                                    new RouteParameters(Map.of(
                                            "classId",
                                            String.valueOf(summary.id()),
                                            "assignmentId",
                                            String.valueOf(a.id()))))));
                    Button stats = new Button(
                            getTranslation("class.analysis"), e -> go(ItemAnalysisView.class, "assignmentId", a.id()));
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    stats.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return new HorizontalLayout(edit, stats);
                })
                .setAutoWidth(true);
        List<Assignment> all = assignments.forClass(summary.id());
        assignmentGrid.setItems(all);
        assignmentGrid.setAllRowsVisible(true);
        return all.isEmpty() ? new EmptyState(getTranslation("class.assignments.none")) : assignmentGrid;
    }

    private Component memberGrid() {
        members.removeAllColumns();
        members.addComponentColumn(m -> ContentLanguage.mark(new Span(m.displayName()), m.displayName(), getLocale()))
                .setHeader(getTranslation("class.member.name"))
                .setAutoWidth(true);
        members.addColumn(Member::username)
                .setHeader(getTranslation("class.member.username"))
                .setAutoWidth(true);
        members.addColumn(m -> Formats.dateTime(m.joinedAt(), zone, getLocale()))
                .setHeader(getTranslation("class.member.joined"))
                .setAutoWidth(true);
        members.addComponentColumn(m -> {
            Button remove = new Button(getTranslation("class.member.remove"), e -> {
                classes.removeMember(summary.id(), m.learnerId());
                members.setItems(classes.members(summary.id()));
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        List<Member> all = classes.members(summary.id());
        members.setItems(all);
        members.setAllRowsVisible(true);
        return all.isEmpty() ? new EmptyState(getTranslation("class.members.none", summary.joinCode())) : members;
    }

    private void go(Class<? extends Component> view, String param, long id) {
        getUI().ifPresent(ui -> ui.navigate(view, new RouteParameters(param, String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return summary == null ? getTranslation("nav.classes") : summary.name();
    }
}
