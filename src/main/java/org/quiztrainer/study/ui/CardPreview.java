package org.quiztrainer.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.grading.GradeContext;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Preview;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.AnswerKeys;
import org.quiztrainer.study.MemoryModels;
import org.quiztrainer.study.StudyItem;

/**
 * A question as a learner meets it as a new card in study: the same card, answer widgets and feedback as the study
 * view, for an author to try in the question editor. Nothing is recorded: after a rating the card says so and can
 * be tried again. The intervals are a new card's under the default settings.
 */
public class CardPreview extends Div {

    private final Question question;
    private final Locale locale;
    private final Function<String, Optional<Unit>> units;
    private final PhaseKeys keys = new PhaseKeys(this);
    private int tries;
    private Div done;

    /** The card of {@code question} in the language of {@code locale}; {@code units} names a number's unit. */
    public CardPreview(Question question, Locale locale, Function<String, Optional<Unit>> units) {
        this.question = question;
        this.locale = locale;
        this.units = units;
        addClassName("card-preview");
        getElement().setAttribute("lang", locale.toLanguageTag());
        show();
    }

    private void show() {
        removeAll();
        done = null;
        StudyItem item = new StudyItem(
                question.id(),
                new StoredQuestion(question, 1, false, Instant.EPOCH),
                null,
                State.NEW,
                newCardIntervals(),
                false,
                "preview-" + question.id() + "-" + tries++);
        ReviewCard card = new ReviewCard(
                        item,
                        locale,
                        keys,
                        (response, time) -> Grader.grade(
                                AnswerKeys.of(question, units).orElseThrow(),
                                response,
                                GradeContext.withoutHistory(time)),
                        (rating, answer) -> rated(rating),
                        null)
                .withUnits(units);
        add(card);
    }

    private void rated(Rating rating) {
        keys.clear();
        if (done != null) {
            done.removeFromParent();
        }
        Span said = new Span(getTranslation(
                "study.preview.rated",
                getTranslation("study.rate." + rating.name().toLowerCase(Locale.ROOT))));
        said.addClassName("preview-rated");
        said.getElement().setAttribute("role", "status");
        Button again = new Button(getTranslation("study.preview.again"), e -> show());
        again.addClassName("preview-again");
        done = new Div(said, again);
        done.addClassName("preview-done");
        add(done);
        again.focus();
    }

    private static Map<Rating, Duration> newCardIntervals() {
        Instant now = Instant.EPOCH;
        Preview preview = MemoryModels.defaultScheduler().preview(Card.createNew("preview", now), now);
        Map<Rating, Duration> out = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            out.put(r, Duration.between(now, preview.get(r).card().due()));
        }
        return out;
    }
}
