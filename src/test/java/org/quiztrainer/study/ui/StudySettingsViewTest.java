package org.quiztrainer.study.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.study.CardService;
import org.quiztrainer.study.StudyBank;
import org.quiztrainer.study.StudySettings;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.beans.factory.annotation.Autowired;

@StudyBank
class StudySettingsViewTest extends KaribuTest {

    @Autowired
    CardService cards;

    @Autowired
    StudySettingsService settings;

    StudySettingsView view;

    @BeforeEach
    void open() {
        loginAs(users.create(Role.LEARNER));
        UI.getCurrent().navigate(StudySettingsView.class);
        view = _get(StudySettingsView.class);
    }

    @Test
    void badValuesAreShownNextToTheirFieldsAndNothingIsSaved() {
        StudySettings before = settings.mine();
        _setValue(view.retention, 0.5);
        _setValue(view.learningSteps, "1m 10x");
        _setValue(view.dayStart, 24);
        _setValue(view.newPerDay, 7);

        _click(view.save);

        assertThat(view.retention.isInvalid()).isTrue();
        assertThat(view.retention.getErrorMessage()).isEqualTo("Desired retention must be between 0.70 and 0.97.");
        assertThat(view.learningSteps.isInvalid()).isTrue();
        assertThat(view.learningSteps.getErrorMessage()).startsWith("Write steps like");
        assertThat(view.dayStart.isInvalid()).isTrue();
        assertThat(view.newPerDay.isInvalid()).isFalse();
        assertThat(settings.mine()).isEqualTo(before);
    }

    @Test
    void goodValuesAreSaved() {
        _setValue(view.retention, 0.85);
        _setValue(view.newPerDay, 7);
        _setValue(view.learningSteps, "2m 15m 1h");
        _setValue(view.zone, "Asia/Shanghai");

        _click(view.save);

        StudySettings saved = settings.mine();
        assertThat(saved.desiredRetention()).isEqualTo(0.85);
        assertThat(saved.newPerDay()).isEqualTo(7);
        assertThat(StudySettings.formatSteps(saved.learningSteps())).isEqualTo("2m 15m 1h");
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(view.retention.isInvalid()).isFalse();
    }

    @Test
    void noSuspendedCardsIsSaidPlainly() {
        assertThat(view.leeches.getElement().getTextRecursively()).contains("No suspended cards");
    }

    @Test
    void aCardTheLearnerSuspendedIsListedAndCanBeBroughtBack() {
        cards.suspend(StudyBank.TF);
        reload();
        UI.getCurrent().navigate(StudySettingsView.class);
        view = _get(StudySettingsView.class);

        assertThat(view.leeches.getElement().getTextRecursively())
                .contains("AIGC can only generate text.")
                .contains("Suspended");
        _click(_get(view.leeches, Button.class, spec -> spec.withText("Bring back")));

        assertThat(cards.suspended()).isEmpty();
        assertThat(view.leeches.getElement().getTextRecursively()).contains("No suspended cards");
    }
}
