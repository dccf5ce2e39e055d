package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.quiztrainer.classroom.AttemptReview;
import org.quiztrainer.classroom.LearnerAssignmentService;
import org.quiztrainer.classroom.ReviewItem;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.security.access.AccessDeniedException;

/** A learner's review of their submitted attempt, as much as the assignment's review options allow. */
@Route("attempts/:attemptId/review")
@RolesAllowed("LEARNER")
public class AttemptReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearnerAssignmentService service;
    private final StudySettingsService settings;

    public AttemptReviewView(LearnerAssignmentService service, StudySettingsService settings) {
        this.service = service;
        this.settings = settings;
        addClassName("attempt-review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptReview review;
        try {
            review = service.review(
                    event.getRouteParameters().getLong("attemptId").orElse(-1L));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        add(new H2(getTranslation("class.review.heading", review.title(), review.number())));
        add(new Paragraph(getTranslation("class.review.submitted")));
        if (!review.available()) {
            add(new Paragraph(getTranslation(
                    "class.review.later",
                    Formats.dateTime(review.availableFrom(), settings.mine().zone(), getLocale()))));
        } else {
            if (review.score() != null) {
                Span score = new Span(getTranslation("class.review.score", Formats.percent(review.score())));
                score.addClassName("review-score");
                add(score);
            }
            int n = 1;
            for (ReviewItem item : review.items()) {
                add(item(n++, item));
            }
        }
        add(new RouterLink(getTranslation("class.review.back"), MyAssignmentsView.class));
    }

    private Div item(int n, ReviewItem item) {
        Div card = new Div();
        card.addClassName("attempt-question");
        card.add(ContentLanguage.mark(
                new H3(n + ". " + item.question().text().in(getLocale())),
                item.question().text().in(getLocale()),
                getLocale()));
        if (item.mark() != null) {
            card.add(new Paragraph(getTranslation(
                    "class.review.your-answer",
                    ResponseText.of(item.question(), item.response(), getLocale(), this::truth))));
            Span mark = new Span(getTranslation("class.review.mark", Formats.percent(item.mark())));
            mark.getElement().setAttribute("theme", "badge " + (item.mark() == 1 ? "success" : "error"));
            card.add(mark);
        }
        if (item.comment() != null) {
            card.add(new Paragraph(getTranslation("class.review.comment", item.comment())));
        }
        if (item.showCorrect()) {
            card.add(new Paragraph(getTranslation(
                    "class.review.correct", ResponseText.correct(item.question(), getLocale(), this::truth))));
        }
        if (item.showExplanation()) {
            Paragraph p = ContentLanguage.mark(
                    new Paragraph(item.question().explanation().in(getLocale())),
                    item.question().explanation().in(getLocale()),
                    getLocale());
            p.addClassName("review-explanation");
            card.add(p);
        }
        return card;
    }

    private String truth(boolean value) {
        return getTranslation(value ? "class.take.true" : "class.take.false");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.review.title");
    }
}
