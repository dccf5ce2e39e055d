package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.Response;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.StudyItem;

/**
 * One card, phase by phase. A flashcard: the prompt, Space or Enter reveals the back, 1-4 (or a button)
 * rates it at once. Any other type: answer in the card, Enter checks it, the feedback shows with the
 * suggested rating chosen, 1-4 change it, Enter or Space (or Continue) confirm it.
 */
class ReviewCard extends Div {

    private final StudyItem item;
    private final Question question;
    private final Locale locale;
    private final PhaseKeys keys;
    private final BiFunction<Response, Duration, Grade> checker;
    private final BiConsumer<Rating, RecordedAnswer> recorder;
    private final Optional<AnswerWidget> widget;
    private final Runnable quizNext;
    private Function<String, Optional<Unit>> units = id -> Optional.empty();
    private final Div body = new Div();
    private final long shownAt = System.nanoTime();
    private Duration answerTime;
    private Response response;
    RatingBar ratings;
    Button reveal;
    Button check;
    Button confirm;
    Button next;

    /** What was answered, for {@code StudyService.answer}. */
    record RecordedAnswer(Optional<Response> response, Duration answerTime) {}

    /**
     * @param quizNext null for a study session; for practice, what Next does after an answer that was
     *                 recorded at once with the suggested rating
     */
    ReviewCard(
            StudyItem item,
            Locale locale,
            PhaseKeys keys,
            BiFunction<Response, Duration, Grade> checker,
            BiConsumer<Rating, RecordedAnswer> recorder,
            Runnable quizNext) {
        this.item = item;
        this.quizNext = quizNext;
        this.question = item.question().question();
        this.locale = locale;
        this.keys = keys;
        this.checker = checker;
        this.recorder = recorder;
        this.widget = AnswerWidgets.of(
                question.content(), locale, new Random(item.requestId().hashCode()));
        addClassName("review-card");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("study.card.label"));
        Span type = new Span(getTranslation("study.type." + question.type().code()));
        type.addClassName("card-type");
        Div prompt = new Div();
        prompt.addClassName("card-prompt");
        prompt.setText(question.text().in(locale));
        ContentLanguage.mark(prompt, question.text().in(locale), locale);
        body.addClassName("card-body");
        add(type, prompt, body);
        if (widget.isPresent()) {
            showAnswerPhase();
        } else {
            showPrompt();
        }
    }

    private void showPrompt() {
        reveal = KeyGuard.ownActivation(new Button(getTranslation("study.card.reveal"), e -> reveal()));
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClassName("reveal");
        body.add(reveal);
        keys.clear();
        keys.on(Key.SPACE, this::reveal).on(Key.ENTER, this::reveal);
        reveal.focus();
    }

    void reveal() {
        if (answerTime != null) {
            return;
        }
        answerTime = Duration.ofNanos(System.nanoTime() - shownAt);
        body.removeAll();
        body.add(new FeedbackPanel(question, locale));
        ratings = new RatingBar(item.intervals(), r -> recorder.accept(r, recorded()));
        body.add(ratings, hint("study.card.hint-rate"));
        keys.clear();
        rateKeys(r -> recorder.accept(r, recorded()));
        ratings.buttons.get(Rating.GOOD).focus();
    }

    private void showAnswerPhase() {
        AnswerWidget w = widget.orElseThrow();
        check = KeyGuard.ownActivation(new Button(getTranslation("study.card.check"), e -> submit()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("check");
        body.add(w.component(), check, hint("study.card.hint-check"));
        keys.clear();
        keys.onAfterInput(Key.ENTER, this::submit);
        w.focus();
    }

    void submit() {
        AnswerWidget w = widget.orElseThrow();
        if (response != null || w.choosing()) {
            return;
        }
        Optional<Response> given = w.response();
        if (given.isEmpty() || (quizNext != null && w.blank())) {
            body.getChildren()
                    .filter(c -> c.hasClassName("answer-required"))
                    .findFirst()
                    .ifPresentOrElse(c -> {}, () -> body.addComponentAtIndex(1, required()));
            return;
        }
        answerTime = Duration.ofNanos(System.nanoTime() - shownAt);
        response = given.get();
        Grade grade = checker.apply(response, answerTime);
        w.showFeedback(grade.feedback());
        body.removeAll();
        body.add(w.component(), new FeedbackPanel(question, grade, locale, units));
        if (quizNext != null) {
            recorder.accept(grade.suggestedRating(), recorded());
            next = KeyGuard.ownActivation(new Button(getTranslation("practice.next"), e -> quizNext.run()));
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.addClassName("next");
            body.add(next);
            keys.clear();
            keys.on(Key.ENTER, quizNext).on(Key.SPACE, quizNext);
            next.focus();
            return;
        }
        ratings = new RatingBar(item.intervals(), r -> ratings.choose(r));
        ratings.choose(grade.suggestedRating());
        confirm = KeyGuard.ownActivation(new Button(getTranslation("study.card.continue"), e -> confirm()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm");
        body.add(ratings, confirm, hint("study.card.hint-confirm"));
        keys.clear();
        rateKeys(ratings::choose);
        keys.on(Key.ENTER, this::confirm).on(Key.SPACE, this::confirm);
        confirm.focus();
    }

    void confirm() {
        if (ratings != null && ratings.chosen() != null) {
            recorder.accept(ratings.chosen(), recorded());
        }
    }

    private void rateKeys(java.util.function.Consumer<Rating> action) {
        keys.on(Key.DIGIT_1, () -> action.accept(Rating.AGAIN))
                .on(Key.DIGIT_2, () -> action.accept(Rating.HARD))
                .on(Key.DIGIT_3, () -> action.accept(Rating.GOOD))
                .on(Key.DIGIT_4, () -> action.accept(Rating.EASY));
    }

    private RecordedAnswer recorded() {
        return new RecordedAnswer(Optional.ofNullable(response), answerTime);
    }

    private Span required() {
        Span s = new Span(getTranslation("study.answer.required"));
        s.addClassName("answer-required");
        s.getElement().setAttribute("role", "alert");
        return s;
    }

    private Span hint(String key) {
        Span s = new Span(getTranslation(key));
        s.addClassName("key-hint");
        return s;
    }

    /** Where the feedback of a number finds its unit's name. */
    ReviewCard withUnits(Function<String, Optional<Unit>> lookup) {
        this.units = lookup;
        return this;
    }

    StudyItem item() {
        return item;
    }

    Optional<AnswerWidget> widget() {
        return widget;
    }
}
