package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.classroom.AssignmentSettings;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.classroom.LearnerAssignment;
import org.quiztrainer.classroom.LearnerAssignment.Status;
import org.quiztrainer.classroom.LearnerAssignmentService;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.study.StudySettingsService;

/** A learner's assignments from all their classes, with status and deadline, and joining a class by code. */
@Route("my-assignments")
@Menu(order = 30, icon = "vaadin:clipboard-check", title = "nav.my-assignments")
@RolesAllowed("LEARNER")
public class MyAssignmentsView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = new TextField();
    final Button join = new Button();
    final Div list = new Div();
    private final ClassService classes;
    private final LearnerAssignmentService assignments;
    private final ZoneId zone;

    public MyAssignmentsView(
            ClassService classes, LearnerAssignmentService assignments, StudySettingsService settings) {
        this.classes = classes;
        this.assignments = assignments;
        this.zone = settings.mine().zone();
        addClassName("my-assignments-view");
        add(new H2(getTranslation("nav.my-assignments")));
        code.setLabel(getTranslation("class.join.code"));
        code.setPlaceholder("ABCD2345");
        code.setMaxLength(12);
        join.setText(getTranslation("class.join.button"));
        join.addClickListener(e -> join());
        HorizontalLayout joinRow = new HorizontalLayout(code, join);
        joinRow.setAlignItems(Alignment.BASELINE);
        list.addClassName("assignment-cards");
        list.setWidthFull();
        add(joinRow, list);
        refresh();
    }

    private void join() {
        try {
            ClassSummary c = classes.join(code.getValue());
            code.clear();
            code.setInvalid(false);
            Notification.show(getTranslation("class.join.done", c.name()));
            refresh();
        } catch (InvalidInputException e) {
            code.setErrorMessage(getTranslation(e.fieldErrors().get("code")));
            code.setInvalid(true);
        }
    }

    void refresh() {
        list.removeAll();
        var mine = assignments.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("class.my.none")));
        }
        mine.forEach(a -> list.add(card(a)));
    }

    private Div card(LearnerAssignment a) {
        Div card = new Div();
        card.addClassName("assignment-card");
        Span status = new Span(getTranslation("class.status." + a.status().name()));
        status.getElement()
                .setAttribute(
                        "theme",
                        "badge"
                                + switch (a.status()) {
                                    case OPEN, IN_PROGRESS -> "";
                                    case DONE -> " success";
                                    case MISSED -> " error";
                                    case UPCOMING -> " contrast";
                                });
        card.add(
                ContentLanguage.mark(new H3(a.title()), a.title(), getLocale()),
                status,
                ContentLanguage.mark(new Paragraph(a.className()), a.className(), getLocale()));
        card.add(new Paragraph(getTranslation(
                "class.my.window",
                Formats.dateTime(a.opensAt(), zone, getLocale()),
                Formats.dateTime(a.closesAt(), zone, getLocale()))));
        String allowed =
                a.attemptsAllowed() == AssignmentSettings.UNLIMITED ? "∞" : String.valueOf(a.attemptsAllowed());
        String limit = a.timeLimit() == null
                ? getTranslation("class.my.no-limit")
                : getTranslation("class.my.limit", a.timeLimit().toMinutes());
        card.add(new Paragraph(getTranslation("class.my.attempts", a.attemptsUsed(), allowed) + " · " + limit));
        if (a.grade() != null) {
            card.add(new Paragraph(getTranslation("class.my.grade", Formats.percent(a.grade()))));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (a.status() == Status.OPEN || a.status() == Status.IN_PROGRESS) {
            Button go = new Button(
                    getTranslation(a.status() == Status.OPEN ? "class.my.start" : "class.my.continue"),
                    e -> go(TakeAttemptView.class, "assignmentId", a.assignmentId()));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(go);
        }
        if (a.lastAttemptId() != null) {
            actions.add(new Button(
                    getTranslation("class.my.review"),
                    e -> go(AttemptReviewView.class, "attemptId", a.lastAttemptId())));
        }
        card.add(actions);
        return card;
    }

    private void go(Class<? extends Component> view, String param, long id) {
        getUI().ifPresent(ui -> ui.navigate(view, new RouteParameters(param, String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-assignments");
    }
}
