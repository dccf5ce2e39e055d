package org.quiztrainer.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.AnswerResult;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StaleAnswerException;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.quiztrainer.study.StudySettingsService;

/**
 * A practice round: N questions of a scope answered like a quiz, with a score at the end. Every answer
 * is recorded with the grade's suggested rating and the source PRACTICE, so it feeds the memory model.
 */
@Route("practice")
@Menu(order = 20, icon = "vaadin:clipboard-check", title = "nav.practice")
@PermitAll
public class PracticeView extends VerticalLayout implements HasDynamicTitle {

    final ScopePicker scopePicker;
    final IntegerField count = new IntegerField();
    final Button start = new Button();
    final Span position = new Span();
    final ProgressBar progress = new ProgressBar();
    final Div stage = new Div();
    final PhaseKeys keys = new PhaseKeys(this);
    private final StudyService study;
    private final BankService bank;
    ReviewCard card;
    private List<String> round = List.of();
    private int index;
    private double score;

    public PracticeView(
            StudyService study, StudySettingsService settings, BankService bank, BankCatalogService catalog) {
        this.study = study;
        this.bank = bank;
        addClassName("practice-view");
        scopePicker = new ScopePicker(bank, catalog, settings, getLocale(), s -> {});
        count.setLabel(getTranslation("practice.count"));
        count.setHelperText(getTranslation("practice.count.help"));
        count.setMin(StudyService.PRACTICE_MIN);
        count.setMax(StudyService.PRACTICE_MAX);
        count.setStepButtonsVisible(true);
        count.setValue(10);
        KeyGuard.ownTyping(count);
        start.setText(getTranslation("practice.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start");
        KeyGuard.ownActivation(start);
        start.addClickListener(e -> startRound());
        Div setup = new Div(count, start);
        setup.addClassName("practice-setup");
        position.addClassName("progress-text");
        progress.addClassName("session-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("study.progress.label"));
        stage.addClassName("stage");
        add(scopePicker, setup, new Paragraph(getTranslation("practice.intro")), position, progress, stage);
        progress.setVisible(false);
    }

    void startRound() {
        count.setInvalid(false);
        try {
            StudyScope scope = scopePicker.scope();
            round = study.practice(scope, count.getValue() == null ? 0 : count.getValue(), System.nanoTime());
        } catch (InvalidInputException e) {
            count.setErrorMessage(
                    getTranslation(e.fieldErrors().values().iterator().next()));
            count.setInvalid(true);
            return;
        }
        index = 0;
        score = 0;
        if (round.isEmpty()) {
            stage.removeAll();
            stage.add(new Paragraph(getTranslation("practice.empty")));
            return;
        }
        progress.setVisible(true);
        show();
    }

    private void show() {
        stage.removeAll();
        if (index >= round.size()) {
            showScore();
            return;
        }
        position.setText(getTranslation("practice.question", index + 1, round.size()));
        progress.setValue((double) index / round.size());
        Optional<StudyItem> item = study.item(round.get(index));
        if (item.isEmpty()) {
            index++;
            show();
            return;
        }
        StudyItem shown = item.get();
        boolean flashcard = shown.question().question().type() == org.quiztrainer.bank.QuestionType.FLASHCARD;
        card = new ReviewCard(
                        shown,
                        getLocale(),
                        keys,
                        (r, time) -> study.check(shown.questionId(), r, time),
                        (rating, answer) -> record(shown, rating, answer, flashcard),
                        this::advance)
                .withUnits(bank::unit);
        stage.add(card);
    }

    private void record(StudyItem item, Rating rating, ReviewCard.RecordedAnswer answer, boolean flashcard) {
        try {
            AnswerResult result = study.answer(new AnswerCommand(
                    item.questionId(),
                    item.cardVersion(),
                    item.requestId(),
                    rating,
                    answer.response(),
                    answer.answerTime(),
                    ReviewSource.PRACTICE));
            score += result.score() != null ? result.score() : rating == Rating.AGAIN ? 0 : 1;
        } catch (StaleAnswerException e) {
            error(getTranslation("study.error.stale"));
        } catch (InvalidInputException e) {
            error(e.fieldErrors().values().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        }
        if (flashcard) {
            advance();
        }
    }

    private void advance() {
        index++;
        show();
    }

    private void showScore() {
        card = null;
        keys.clear();
        progress.setValue(1);
        Div box = new Div();
        box.addClassName("session-summary");
        box.getElement().setAttribute("role", "status");
        box.getElement().setAttribute("tabindex", "-1");
        box.add(new H2(getTranslation("practice.score.title")));
        Paragraph result = new Paragraph(getTranslation(
                "practice.score",
                IntervalFormat.oneDecimal(score),
                round.size(),
                Math.round(100 * score / round.size())));
        result.addClassName("practice-score");
        Button again = new Button(getTranslation("practice.again"), e -> startRound());
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        KeyGuard.ownActivation(again);
        box.add(result, again);
        stage.add(box);
        again.focus();
    }

    private void error(String text) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    double score() {
        return score;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.practice");
    }
}
