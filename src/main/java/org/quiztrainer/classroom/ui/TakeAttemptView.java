package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.classroom.AttemptClosedException;
import org.quiztrainer.classroom.AttemptItem;
import org.quiztrainer.classroom.AttemptService;
import org.quiztrainer.classroom.AttemptView;
import org.quiztrainer.classroom.SavedAnswer;
import org.quiztrainer.classroom.Shuffles;
import org.quiztrainer.grading.Response;
import org.quiztrainer.shell.ContentLanguage;
import org.springframework.security.access.AccessDeniedException;

/**
 * Taking an assignment: starts an attempt or resumes the one in progress (so a reload continues where the
 * learner was), saves each answer as it is given, counts down to the server's deadline, and submits.
 */
@Route("assignments/:assignmentId/take")
@RolesAllowed("LEARNER")
public class TakeAttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Span timer = new Span();
    final Span progress = new Span();
    final Button submit = new Button();
    private final AttemptService attempts;
    private final Clock clock;
    private AttemptView attempt;
    private long answered;
    private Registration poll;
    private Instant lastActivity;

    public TakeAttemptView(AttemptService attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
        addClassName("take-attempt-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        try {
            attempt = attempts.start(id);
        } catch (AttemptClosedException e) {
            Notification.show(getTranslation("class.take.closed"));
            event.forwardTo(MyAssignmentsView.class);
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        answered = attempt.answered();
        lastActivity = clock.instant();
        add(new H2(attempt.title()));
        if (!attempt.instructions().isEmpty()) {
            add(new Paragraph(attempt.instructions()));
        }
        timer.addClassName("attempt-timer");
        progress.addClassName("attempt-progress");
        HorizontalLayout bar = new HorizontalLayout(timer, progress);
        bar.addClassName("attempt-bar");
        add(bar);
        int n = 1;
        for (AttemptItem item : attempt.items()) {
            add(question(n++, item));
        }
        submit.setText(getTranslation("class.take.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        add(submit);
        tick();
    }

    private Div question(int n, AttemptItem item) {
        Div card = new Div();
        card.addClassName("attempt-question");
        card.add(ContentLanguage.mark(
                new H3(n + ". " + item.question().text().in(getLocale())),
                item.question().text().in(getLocale()),
                getLocale()));
        int size = Math.max(ResponseText.choices(item.question().content()).size(), size(item));
        Span feedback = new Span();
        feedback.addClassName("attempt-feedback");
        if (item.score() != null) {
            showFeedback(feedback, item.score());
        }
        card.add(
                new AnswerInput(
                        item,
                        Shuffles.order(size, attempt.shuffleSeed(), item.questionId(), attempt.shuffleChoices()),
                        getLocale(),
                        r -> save(item, r, feedback)),
                feedback);
        return card;
    }

    private static int size(AttemptItem item) {
        var c = item.question().content();
        if (c instanceof QuestionContent.Ordering o) {
            return o.items().size();
        }
        return c instanceof QuestionContent.Matching m ? m.pairs().size() : 0;
    }

    private void save(AttemptItem item, Response response, Span feedback) {
        try {
            Instant now = clock.instant();
            SavedAnswer saved =
                    attempts.save(attempt.id(), item.questionId(), response, Duration.between(lastActivity, now));
            lastActivity = now;
            if (item.saved() == null && feedback.getElement().getAttribute("data-saved") == null) {
                answered++;
            }
            feedback.getElement().setAttribute("data-saved", "true");
            if (saved.grade() != null) {
                showFeedback(feedback, saved.grade().score());
            } else {
                feedback.setText(getTranslation("class.take.saved"));
            }
            tick();
        } catch (AttemptClosedException e) {
            Notification.show(getTranslation("class.take.too-late")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            toReview();
        } catch (InvalidInputException e) {
            feedback.setText(getTranslation("class.error.response"));
        }
    }

    private void showFeedback(Span feedback, double score) {
        feedback.setText(
                score == 1
                        ? getTranslation("class.take.right")
                        : score == 0
                                ? getTranslation("class.take.wrong")
                                : getTranslation("class.take.partly", Formats.percent(score)));
        feedback.getElement().setAttribute("theme", "badge " + (score == 1 ? "success" : score == 0 ? "error" : ""));
    }

    private void submit() {
        attempts.submit(attempt.id());
        toReview();
    }

    private void toReview() {
        getUI().ifPresent(ui ->
                ui.navigate(AttemptReviewView.class, new RouteParameters("attemptId", String.valueOf(attempt.id()))));
    }

    /**
     * Updates the countdown. At the deadline the server has submitted the attempt, so the review opens; if an
     * extension moved the deadline meanwhile, the countdown goes on to the new one.
     */
    void tick() {
        Duration left = Duration.between(clock.instant(), attempt.deadline());
        timer.setText(getTranslation("class.take.time-left", Formats.countdown(left)));
        timer.getElement().setAttribute("theme", "badge" + (left.toMinutes() < 1 ? " error" : ""));
        progress.setText(
                getTranslation("class.take.progress", answered, attempt.items().size()));
        if (left.isZero() || left.isNegative()) {
            AttemptView fresh = attempts.attempt(attempt.id());
            if (fresh.submitted()) {
                Notification.show(getTranslation("class.take.time-up"));
                toReview();
            } else {
                attempt = fresh;
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(1000);
        poll = event.getUI().addPollListener(e -> {
            if (attempt != null && isAttached()) {
                tick();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return attempt == null ? getTranslation("class.take.title") : attempt.title();
    }
}
