package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.classroom.AttemptDetail;
import org.quiztrainer.classroom.GradebookService;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.security.access.AccessDeniedException;

/** One attempt for the instructor, question by question, with a mark override and a comment per answer. */
@Route("attempts/:attemptId/marks")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class AttemptDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GradebookService service;
    private final ZoneId zone;
    private AttemptDetail detail;

    public AttemptDetailView(GradebookService service, StudySettingsService settings) {
        this.service = service;
        this.zone = settings.mine().zone();
        addClassName("attempt-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            detail = service.detail(
                    event.getRouteParameters().getLong("attemptId").orElse(-1L));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        add(new H2(detail.learnerName() + " · " + detail.title() + " #" + detail.number()));
        add(new Paragraph(getTranslation(
                "class.attempt.times",
                Formats.dateTime(detail.startedAt(), zone, getLocale()),
                Formats.dateTime(detail.submittedAt(), zone, getLocale()))));
        Paragraph score = new Paragraph(getTranslation("class.review.score", Formats.percent(detail.score())));
        score.addClassName("review-score");
        add(score);
        int n = 1;
        for (AttemptDetail.Mark m : detail.marks()) {
            add(mark(n++, m));
        }
    }

    private Div mark(int n, AttemptDetail.Mark m) {
        Div card = new Div();
        card.addClassName("attempt-question");
        card.add(ContentLanguage.mark(
                new H3(n + ". " + m.question().text().in(getLocale())),
                m.question().text().in(getLocale()),
                getLocale()));
        card.add(new Paragraph(getTranslation(
                "class.review.your-answer", ResponseText.of(m.question(), m.response(), getLocale(), this::truth))));
        card.add(new Paragraph(
                getTranslation("class.review.correct", ResponseText.correct(m.question(), getLocale(), this::truth))));
        card.add(new Paragraph(getTranslation("class.attempt.auto", Formats.percent(m.autoScore()))));
        if (m.response() == null || detail.submittedAt() == null) {
            return card;
        }
        NumberField mark = new NumberField(getTranslation("class.attempt.override"));
        mark.setMin(0);
        mark.setMax(100);
        mark.setSuffixComponent(new Span("%"));
        mark.setValue(m.overrideScore() == null ? null : m.overrideScore() * 100);
        TextField comment = new TextField(getTranslation("class.attempt.comment"));
        comment.setMaxLength(1000);
        comment.setValue(m.comment() == null ? "" : m.comment());
        comment.setWidth("24rem");
        Button save = new Button(getTranslation("class.save"), e -> {
            try {
                detail = service.overrideMark(
                        detail.attemptId(),
                        m.questionId(),
                        mark.getValue() == null ? null : mark.getValue() / 100,
                        comment.getValue());
                Notification.show(getTranslation("class.attempt.overridden"));
                build();
            } catch (InvalidInputException ex) {
                mark.setErrorMessage(getTranslation("class.error.mark"));
                mark.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(mark, comment, save);
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("wrap-row");
        card.add(row);
        return card;
    }

    private String truth(boolean value) {
        return getTranslation(value ? "class.take.true" : "class.take.false");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.attempt.title");
    }
}
