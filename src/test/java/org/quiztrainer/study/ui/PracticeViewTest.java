package org.quiztrainer.study.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.StudyBank;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** A practice round answered with the keyboard: every answer is recorded and the score shows at the end. */
@StudyBank
class PracticeViewTest extends KaribuTest {

    @Autowired
    StudyService study;

    @Autowired
    BankService bank;

    @Autowired
    TestClock clock;

    PracticeView view;

    @BeforeEach
    void open() {
        loginAs(users.create(Role.LEARNER));
        UI.getCurrent().navigate(PracticeView.class);
        view = _get(PracticeView.class);
        _setValue(
                view.scopePicker.topics,
                Set.of(bank.topics().stream()
                        .filter(t -> t.id().equals("alpha"))
                        .findFirst()
                        .orElseThrow()));
    }

    @Test
    void fiveQuestionsAnsweredByKeysGiveAScoreAndFeedTheMemoryModel() {
        Instant start = clock.instant().minusSeconds(1);
        _setValue(view.count, 5);
        _click(view.start);

        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= 5; i++) {
            assertThat(view.position.getText()).isEqualTo("Question " + i + " of 5");
            String id = view.card.item().questionId();
            seen.add(id);
            if (view.card.item().question().question().type() == QuestionType.FLASHCARD) {
                _fireShortcut(view, Key.SPACE);
                _fireShortcut(view, Key.DIGIT_3);
            } else {
                AnswerWidget widget = view.card.widget().orElseThrow();
                if (widget.blank()) {
                    _fireShortcut(view, Key.ENTER);
                    assertThat(view.card.next)
                            .as("a stray Enter on a blank answer records nothing")
                            .isNull();
                    assertThat(StudyViewTest.text(view.card)).contains("Give an answer first.");
                    answerSomething(widget);
                }
                _fireShortcut(view, Key.ENTER);
                assertThat(StudyViewTest.text(view.card)).contains("Source:");
                _fireShortcut(view, Key.ENTER);
            }
            assertThat(study.item(id).orElseThrow().state()).as(id).isNotEqualTo(State.NEW);
        }

        assertThat(seen).hasSize(5);
        assertThat(view.card).isNull();
        assertThat(StudyViewTest.text(view.stage)).contains("Practice done").containsPattern("Score: [\\d.]+ of 5");
        assertThat(study.summary(start).answered()).isEqualTo(5);
    }

    private static void answerSomething(AnswerWidget widget) {
        if (widget instanceof ChoiceAnswer c) {
            if (c.multiple.isVisible() && c.multiple.getParent().isPresent()) {
                _setValue(c.multiple, Set.of(0));
            } else {
                _setValue(c.single, 0);
            }
        } else if (widget instanceof TrueFalseAnswer t) {
            _setValue(t.group, true);
        } else if (widget instanceof TypedAnswer t) {
            _setValue(t.field, "42");
        } else if (widget instanceof MatchingAnswer m) {
            _setValue(m.selects.get(0), "0");
        }
    }

    @Test
    void aCountOutsideFiveToFiftyIsRefusedNextToTheField() {
        _setValue(view.count, 51);
        _click(view.start);

        assertThat(view.count.isInvalid()).isTrue();
        assertThat(view.count.getErrorMessage()).isEqualTo("Choose 5 to 50 questions.");
        assertThat(view.card).isNull();
    }
}
