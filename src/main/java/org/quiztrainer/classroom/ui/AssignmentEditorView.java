package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.AssignmentSettings;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.shell.RouteIds;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.security.access.AccessDeniedException;

/** Creating or changing an assignment of a class, and granting its learners extensions. */
@Route("classes/:classId(" + RouteIds.ID + ")/assignment/:assignmentId?(" + RouteIds.ID + ")")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class AssignmentEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button save = new Button();
    AssignmentForm form;
    private final AssignmentService assignments;
    private final ClassService classes;
    private final BankService bank;
    private final ZoneId zone;
    private final Clock clock;
    private long classId;
    private Long assignmentId;

    public AssignmentEditorView(
            AssignmentService assignments,
            ClassService classes,
            BankService bank,
            StudySettingsService settings,
            Clock clock) {
        this.assignments = assignments;
        this.classes = classes;
        this.bank = bank;
        this.zone = settings.mine().zone();
        this.clock = clock;
        addClassName("assignment-editor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().getLong("classId").orElse(-1L);
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(null);
        AssignmentSettings start;
        try {
            classes.members(classId);
            start = assignmentId == null
                    ? defaults()
                    : assignments.get(assignmentId).settings();
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        removeAll();
        form = new AssignmentForm(
                bank.browse(QuestionFilter.ALL, 0, 5000).stream()
                        .filter(q -> q.type() != QuestionType.FLASHCARD)
                        .toList(),
                bank.topics(),
                bank.tags(),
                zone);
        form.read(start);
        save.setText(getTranslation("class.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getPageTitle()), form, save);
        if (assignmentId != null) {
            add(new ExtensionsPanel(assignments, classes, assignmentId, classId, zone));
        }
    }

    private AssignmentSettings defaults() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        return AssignmentSettings.of("", List.of(), now, now.plus(Duration.ofDays(7)));
    }

    private void save() {
        List.<HasValidation>of(
                        form.title,
                        form.questions,
                        form.randomCount,
                        form.topics,
                        form.closes,
                        form.timeLimit,
                        form.attempts)
                .forEach(f -> f.setInvalid(false));
        try {
            Assignment a = assignmentId == null
                    ? assignments.create(classId, form.write())
                    : assignments.update(assignmentId, form.write());
            Notification.show(getTranslation("class.saved", a.settings().title()));
            getUI().ifPresent(ui ->
                    ui.navigate(ClassDetailView.class, new RouteParameters("classId", String.valueOf(classId))));
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = Map.of(
                    "title",
                    form.title,
                    "questionIds",
                    form.questions,
                    "randomCount",
                    form.randomCount,
                    "randomTopics",
                    form.topics,
                    "closesAt",
                    form.closes,
                    "timeLimit",
                    form.timeLimit,
                    "maxAttempts",
                    form.attempts);
            e.fieldErrors().forEach((field, key) -> {
                HasValidation f = fields.getOrDefault(field, form.title);
                f.setErrorMessage(getTranslation(key));
                f.setInvalid(true);
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(assignmentId == null ? "class.assignment.new" : "class.assignment.edit");
    }
}
