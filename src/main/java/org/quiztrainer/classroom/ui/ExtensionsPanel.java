package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.Extension;
import org.quiztrainer.classroom.Member;

/** Per-learner extensions of an assignment: another closing time and/or attempts. */
class ExtensionsPanel extends VerticalLayout {

    final Select<Member> learner = new Select<>();
    final DateTimePicker closes = new DateTimePicker();
    final IntegerField attempts = new IntegerField();
    final Grid<Extension> grid = new Grid<>();

    ExtensionsPanel(AssignmentService assignments, ClassService classes, long assignmentId, long classId, ZoneId zone) {
        setPadding(false);
        Map<Long, Member> members =
                classes.members(classId).stream().collect(Collectors.toMap(Member::learnerId, Function.identity()));
        learner.setLabel(getTranslation("class.extension.learner"));
        learner.setItems(members.values());
        learner.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
        closes.setLabel(getTranslation("class.assignment.closes"));
        attempts.setLabel(getTranslation("class.assignment.attempts"));
        attempts.setMin(0);
        Button grant = new Button(getTranslation("class.extension.grant"), e -> {
            if (learner.getValue() == null) {
                return;
            }
            try {
                assignments.extend(
                        assignmentId,
                        learner.getValue().learnerId(),
                        closes.getValue() == null
                                ? null
                                : closes.getValue().atZone(zone).toInstant(),
                        attempts.getValue());
                grid.setItems(assignments.extensions(assignmentId));
            } catch (InvalidInputException ex) {
                Notification.show(
                        getTranslation(ex.fieldErrors().values().iterator().next()));
            }
        });
        HorizontalLayout row = new HorizontalLayout(learner, closes, attempts, grant);
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("wrap-row");
        grid.addColumn(x -> members.containsKey(x.learnerId())
                        ? members.get(x.learnerId()).displayName()
                        : "?")
                .setHeader(getTranslation("class.extension.learner"));
        grid.addColumn(x -> Formats.dateTime(x.closesAt(), zone, getLocale()))
                .setHeader(getTranslation("class.assignment.closes"));
        grid.addColumn(x -> x.maxAttempts() == null
                        ? "–"
                        : x.maxAttempts() == 0 ? "∞" : x.maxAttempts().toString())
                .setHeader(getTranslation("class.assignment.attempts"));
        grid.setAllRowsVisible(true);
        grid.setItems(assignments.extensions(assignmentId));
        add(new H3(getTranslation("class.extensions")), row, grid);
    }
}
