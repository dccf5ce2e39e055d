package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * The time left of an attempt, counted down in the browser ({@code js/countdown.js}): the server renders
 * the text once and is called back only when the countdown reaches zero, instead of a poll every second.
 */
@JavaScript("context://js/countdown.js")
class Countdown extends Span {

    private Runnable atDeadline = () -> {};

    /** What runs on the server when the browser's countdown reaches zero (the server checks its own clock). */
    void onDeadline(Runnable action) {
        this.atDeadline = action;
    }

    /** Shows {@code text} now and counts down {@code left} in the browser, writing {@code pattern}'s {0}. */
    void start(String text, boolean urgent, Duration left, String pattern) {
        setText(text);
        getElement().setAttribute("theme", "badge" + (urgent ? " error" : ""));
        getElement()
                .executeJs("window.qtCountdown.start(this, $0, $1)", (double) Math.max(0, left.toMillis()), pattern);
    }

    @ClientCallable
    void deadlineReached() {
        atDeadline.run();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        getElement().executeJs("if (this.qtTimer) { clearInterval(this.qtTimer); this.qtTimer = null; }");
    }
}
