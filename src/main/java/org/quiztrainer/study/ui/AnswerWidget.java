package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Response;

/**
 * The input of one auto-graded question inside a card, shared by study and practice. Items and pairs
 * are shown shuffled but answered by their bank index, as {@link org.quiztrainer.study.AnswerKeys} expects.
 */
interface AnswerWidget {

    /** The component to place in the card. */
    Component component();

    /** What the learner answered so far; empty when there is nothing to grade yet (no true or false chosen). */
    Optional<Response> response();

    /** Marks what was right and wrong and makes the input read-only. */
    void showFeedback(Feedback feedback);

    /** Puts the keyboard focus on the first input. */
    void focus();

    /** Whether nothing was typed, ticked or matched yet (practice then asks for an answer first). */
    boolean blank();

    /** Whether a drop-down of the widget is open, so Enter picks an option rather than submitting. */
    default boolean choosing() {
        return false;
    }
}
