package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Unit;

/**
 * Draws a question as a learner meets it in study, for the editor's preview. The study UI provides it (it owns the
 * card, its answer widgets and its feedback), so that the bank's UI needs nothing of study: study depends on bank,
 * never the other way round.
 */
public interface LearnerCards {

    /**
     * A card of {@code question} in the language of {@code locale} that can be answered and rated without recording
     * anything; {@code units} names a number's unit.
     */
    Component preview(Question question, Locale locale, Function<String, Optional<Unit>> units);
}
