package org.quiztrainer.study.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankChanged;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.CardService;
import org.quiztrainer.study.StudyBank;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** Ordering, matching and the changed-question notice, in the study view, on the study tests' own bank. */
@StudyBank
class AnswerWidgetsTest extends KaribuTest {

    static final String ORDERING = StudyBank.ORDERING;
    static final String MATCHING = StudyBank.MATCHING;

    @Autowired
    StudyService study;

    @Autowired
    CardService cards;

    StudyView view;

    @BeforeEach
    void open() {
        loginAs(users.create(Role.LEARNER));
        UI.getCurrent().navigate(StudyView.class);
        view = _get(StudyView.class);
    }

    @Test
    void orderingItemsAreShuffledMovedByButtonsAndAnsweredByBankIndex() {
        view.show(study.item(ORDERING).orElseThrow());
        OrderingAnswer ordering = (OrderingAnswer) view.card.widget().orElseThrow();
        List<String> shown = ((Response.Order) ordering.response().orElseThrow()).order();
        assertThat(shown)
                .as("never shown in the right order")
                .isNotEqualTo(List.copyOf(new java.util.TreeSet<>(shown)));

        for (int target = 0; target < shown.size(); target++) {
            List<String> now = ((Response.Order) ordering.response().orElseThrow()).order();
            int at = now.indexOf(Integer.toString(target));
            for (int i = at; i > target; i--) {
                ordering.moveItem(i, -1);
            }
        }
        assertThat(((Response.Order) ordering.response().orElseThrow()).order()).containsExactly("0", "1", "2");

        _fireShortcut(view, Key.ENTER);

        assertThat(StudyViewTest.text(view.card)).contains("✓ Right");
        assertThat(view.card.ratings.chosen()).isNotEqualTo(Rating.AGAIN);
    }

    @Test
    void matchingOffersTheRightSidesShuffledAndMarksWrongPairs() {
        view.show(study.item(MATCHING).orElseThrow());
        MatchingAnswer matching = (MatchingAnswer) view.card.widget().orElseThrow();
        assertThat(matching.selects).hasSize(2);
        assertThat(matching.selects.get(0).getLabel()).isEqualTo("BERT");
        _setValue(matching.selects.get(0), "1");
        _setValue(matching.selects.get(1), "1");

        _fireShortcut(view, Key.ENTER);

        assertThat(StudyViewTest.text(view.card)).contains("Partly right (50%)");
        assertThat(matching.selects.get(0).isInvalid()).isTrue();
        assertThat(matching.selects.get(0).getErrorMessage()).isEqualTo("Right match: Encoder only");
        assertThat(matching.selects.get(1).isInvalid()).isFalse();
        assertThat(view.card.ratings.chosen()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void aChangedQuestionIsMarkedWithKeepAndReset() {
        view.show(study.item(ORDERING).orElseThrow());
        _fireShortcut(view, Key.ENTER);
        _fireShortcut(view, Key.DIGIT_4);
        _fireShortcut(view, Key.ENTER);
        cards.onBankChanged(new BankChanged(Set.of(ORDERING), Set.of()));

        view.show(study.item(ORDERING).orElseThrow());

        assertThat(StudyViewTest.text(view.notices)).contains("This question changed since you last studied it");
        Button keep = _get(view.notices, Button.class, spec -> spec.withText("Keep my memory"));
        _click(keep);

        assertThat(StudyViewTest.text(view.notices)).doesNotContain("This question changed");
        assertThat(view.card.item().questionChanged()).isFalse();
        assertThat(view.card.item().state()).isEqualTo(State.REVIEW);
    }
}
