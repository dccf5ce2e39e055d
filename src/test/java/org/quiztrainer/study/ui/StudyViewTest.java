package org.quiztrainer.study.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.CardService;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyBank;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyService;
import org.quiztrainer.study.StudySettings;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.beans.factory.annotation.Autowired;

/** The study view driven by keys, as a keyboard-only learner would use it, on the study tests' own bank. */
@StudyBank
class StudyViewTest extends KaribuTest {

    static final String FLASHCARD = StudyBank.FLASH;
    static final String SINGLE_CHOICE = StudyBank.SINGLE;
    static final String SHORT_ANSWER = StudyBank.SHORT;

    @Autowired
    StudyService study;

    @Autowired
    StudySettingsService settings;

    @Autowired
    BankService bank;

    @Autowired
    CardService cards;

    @Autowired
    TestClock clock;

    StudyView view;

    @BeforeEach
    void open() {
        loginAs(users.create(Role.LEARNER));
        UI.getCurrent().navigate(StudyView.class);
        view = _get(StudyView.class);
        _setValue(
                view.scopePicker.topics,
                Set.of(bank.topics().stream()
                        .filter(t -> t.id().equals("alpha"))
                        .findFirst()
                        .orElseThrow()));
    }

    @Test
    void spaceRevealsAFlashcardAndThreeRatesItGood() {
        assertThat(view.card.item().questionId()).isEqualTo(FLASHCARD);
        assertThat(text(view.newCount)).isEqualTo("New " + StudyBank.ALPHA_SIZE);

        _fireShortcut(view, Key.SPACE);

        assertThat(text(view.card)).contains("AI Generated Content");
        assertThat(text(view.card.ratings.buttons.get(Rating.AGAIN)))
                .contains("Again")
                .contains("1 min");
        assertThat(text(view.card.ratings.buttons.get(Rating.GOOD)))
                .contains("Good")
                .contains("10 min");
        assertThat(text(view.card.ratings.buttons.get(Rating.EASY))).matches(".*Easy\\d+ d");

        _fireShortcut(view, Key.DIGIT_3);

        assertThat(view.done()).isEqualTo(1);
        assertThat(view.card.item().questionId()).isNotEqualTo(FLASHCARD);
        assertThat(study.item(FLASHCARD).orElseThrow().state()).isEqualTo(State.LEARNING);
        assertThat(text(view.learningCount)).isEqualTo("Learning 1");
        assertThat(text(view.progressText))
                .as("1 done, the other 5 new ones and the one in learning left")
                .isEqualTo("This session: 1 of " + (StudyBank.ALPHA_SIZE + 1) + " cards");
    }

    @Test
    void aChoiceIsCheckedWithEnterShowsTheExplanationAndTheSuggestedRatingCanBeChanged() {
        view.show(study.item(SINGLE_CHOICE).orElseThrow());
        ChoiceAnswer choices = (ChoiceAnswer) view.card.widget().orElseThrow();
        _setValue(choices.single, 1);

        _fireShortcut(view, Key.ENTER);

        String card = text(view.card);
        assertThat(card)
                .contains("✗ Not right")
                .contains("The right answer: The number of parameters")
                .contains("The fixture says plainly")
                .contains("Source: fixture §1");
        assertThat(view.card.ratings.chosen()).isEqualTo(Rating.AGAIN);

        _fireShortcut(view, Key.DIGIT_2);
        assertThat(view.card.ratings.chosen()).isEqualTo(Rating.HARD);
        _fireShortcut(view, Key.ENTER);

        assertThat(view.done()).isEqualTo(1);
        assertThat(study.item(SINGLE_CHOICE).orElseThrow().state()).isEqualTo(State.LEARNING);
    }

    @Test
    void aRightChoiceSuggestsGood() {
        StudyItem item = study.item(SINGLE_CHOICE).orElseThrow();
        view.show(item);
        List<QuestionContent.Choice> choices =
                ((QuestionContent.SingleChoice) item.question().question().content()).choices();
        int right = java.util.stream.IntStream.range(0, choices.size())
                .filter(i -> choices.get(i).correct())
                .findFirst()
                .orElseThrow();
        _setValue(((ChoiceAnswer) view.card.widget().orElseThrow()).single, right);

        _fireShortcut(view, Key.ENTER);

        assertThat(text(view.card)).contains("✓ Right");
        assertThat(view.card.ratings.chosen())
                .as("right, and no answer times yet to call it slow or fast")
                .isEqualTo(Rating.GOOD);
        _fireShortcut(view, Key.SPACE);
        assertThat(view.done()).isEqualTo(1);
    }

    @Test
    void aWrongTypedAnswerShowsWhatDifferedAndTheClosestAcceptedAnswer() {
        view.show(study.item(SHORT_ANSWER).orElseThrow());
        _setValue(((TypedAnswer) view.card.widget().orElseThrow()).field, "large lingo model");

        _fireShortcut(view, Key.ENTER);

        assertThat(text(view.card)).contains("Accepted answer: large language model");
        assertThat(classes(view.card)).contains("diff-extra", "diff-missing");
        assertThat(view.card.ratings.chosen()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void aNumberWithAScaleWordIsReadInTheQuestionsUnit() {
        view.show(study.item(StudyBank.NUMERIC).orElseThrow());
        _setValue(((TypedAnswer) view.card.widget().orElseThrow()).field, "1.1亿");

        _fireShortcut(view, Key.ENTER);

        assertThat(text(view.card))
                .contains("✓ Right")
                .contains("Expected 0.11 ± 0.005 parameters (billions); your answer counts as 0.11.");
    }

    @Test
    void nothingChosenForTrueOrFalseAsksForAnAnswerFirst() {
        view.show(study.item(StudyBank.TF).orElseThrow());

        _fireShortcut(view, Key.ENTER);

        assertThat(text(view.card)).contains("Give an answer first.");
        assertThat(view.card.ratings).isNull();
    }

    @Test
    void uUndoesTheLastAnswerAndCtrlZToo() {
        _fireShortcut(view, Key.SPACE);
        _fireShortcut(view, Key.DIGIT_3);
        assertThat(view.done()).isEqualTo(1);

        _fireShortcut(view, Key.KEY_U);

        assertThat(view.done()).isZero();
        assertThat(view.card.item().questionId()).isEqualTo(FLASHCARD);
        assertThat(view.card.item().state()).isEqualTo(State.NEW);
        assertThat(study.canUndo()).isFalse();

        _fireShortcut(view, Key.SPACE);
        _fireShortcut(view, Key.DIGIT_1);
        _fireShortcut(view, Key.KEY_Z, KeyModifier.CONTROL);
        assertThat(view.card.item().questionId()).isEqualTo(FLASHCARD);
        assertThat(study.canUndo()).isFalse();
    }

    @Test
    void aStaleAnswerIsRefusedWithAMessageAndTheCardShownAsItIsNow() {
        StudyItem shown = view.card.item();
        study.answer(new AnswerCommand(
                shown.questionId(),
                shown.cardVersion(),
                shown.requestId(),
                Rating.GOOD,
                Optional.empty(),
                Duration.ofSeconds(3),
                ReviewSource.STUDY));

        _fireShortcut(view, Key.SPACE);
        _fireShortcut(view, Key.DIGIT_4);

        assertThat(text(view.notices)).contains("This card changed since it was shown");
        assertThat(view.done()).isZero();
        assertThat(view.card.item().questionId()).isEqualTo(FLASHCARD);
        assertThat(view.card.item().state()).isEqualTo(State.LEARNING);
        assertThat(view.card.item().cardVersion()).isNotNull();
    }

    @Test
    void theSummaryShowsWhenTheDaysWorkIsDone() {
        StudySettings d = StudySettings.defaults(ZoneOffset.UTC);
        settings.save(new StudySettings(
                d.desiredRetention(),
                1,
                d.maxReviewsPerDay(),
                d.learningSteps(),
                d.relearningSteps(),
                d.dayStartHour(),
                d.zone()));
        view.next();

        _fireShortcut(view, Key.SPACE);
        _fireShortcut(view, Key.DIGIT_4);

        assertThat(view.card).isNull();
        SummaryPanel summary = _get(SummaryPanel.class);
        assertThat(text(summary))
                .contains("Session done")
                .contains("1cards done")
                .contains("100%accuracy")
                .contains("Next card due:");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
    }

    @Test
    void suspendAndBuryAreOfferedForEveryCardANewOneTooAndHideIt() {
        assertThat(view.card.item().cardVersion()).as("a card never answered").isNull();
        assertThat(view.actions.suspend.isVisible())
                .as("offered for a new card, as in Anki")
                .isTrue();
        assertThat(view.actions.suspend.getElement().getAttribute("aria-label")).isEqualTo("Suspend this card");
        _click(view.actions.suspend);

        assertThat(view.card.item().questionId()).isEqualTo(SINGLE_CHOICE);
        assertThat(study.next(view.scopePicker.scope()).orElseThrow().questionId())
                .isNotEqualTo(FLASHCARD);
        assertThat(text(view.newCount)).isEqualTo("New " + (StudyBank.ALPHA_SIZE - 1));

        assertThat(view.actions.bury.isVisible()).isTrue();
        assertThat(view.actions.bury.getElement().getAttribute("aria-label"))
                .isEqualTo("Bury this card until tomorrow");
        _click(view.actions.bury);
        assertThat(view.card.item().questionId()).isEqualTo(SHORT_ANSWER);

        StudyItem third = view.card.item();
        record(third.questionId(), Rating.AGAIN);
        view.show(study.item(third.questionId()).orElseThrow());
        _click(view.actions.bury);
        assertThat(view.card.item().questionId()).isNotIn(FLASHCARD, SINGLE_CHOICE, SHORT_ANSWER);
        assertThat(text(view.learningCount))
                .as("the buried learning card is not counted today")
                .isEqualTo("Learning 0");
    }

    @Test
    void keysPressedOutsideTheViewDoNotActOnTheCard() {
        fireShortcut(Key.ENTER);
        fireShortcut(Key.SPACE);
        assertThat(view.card.ratings)
                .as("Enter on a top-bar button does not reveal the card")
                .isNull();

        _fireShortcut(view, Key.SPACE);
        assertThat(view.card.ratings).as("inside the view it does").isNotNull();
        fireShortcut(Key.DIGIT_3);
        assertThat(view.done()).isZero();
    }

    @Test
    void theEighthLapseShowsTheLeechNoticeWithAWayBack() {
        record(FLASHCARD, Rating.EASY);
        for (int lapse = 1; lapse < StudyService.LEECH_LAPSES; lapse++) {
            clock.advance(Duration.ofDays(400));
            record(FLASHCARD, Rating.AGAIN);
            record(FLASHCARD, Rating.EASY);
        }
        clock.advance(Duration.ofDays(400));
        view.show(study.item(FLASHCARD).orElseThrow());

        _fireShortcut(view, Key.SPACE);
        _fireShortcut(view, Key.DIGIT_1);

        assertThat(text(view.notices)).contains("That card keeps lapsing");
        assertThat(cards.leeches()).containsExactly(FLASHCARD);
        _click(_get(view.notices, Button.class, spec -> spec.withText("Bring it back")));
        assertThat(cards.leeches()).isEmpty();
        assertThat(text(view.notices)).doesNotContain("lapsing");
    }

    private void record(String questionId, Rating rating) {
        StudyItem item = study.item(questionId).orElseThrow();
        study.answer(new AnswerCommand(
                questionId,
                item.cardVersion(),
                item.requestId(),
                rating,
                Optional.empty(),
                Duration.ofSeconds(3),
                ReviewSource.STUDY));
    }

    static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    static Set<String> classes(Component root) {
        Set<String> out = new java.util.HashSet<>();
        collect(root, out);
        return out;
    }

    private static void collect(Component c, Set<String> out) {
        out.addAll(c.getClassNames());
        c.getChildren().forEach(child -> collect(child, out));
    }
}
