package org.quiztrainer.study.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.progress.ui.ProgressView;
import org.quiztrainer.study.OptimisationService;
import org.quiztrainer.study.OptimisationStatus;
import org.quiztrainer.study.SimulatedHistory;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Your memory model" section of the study settings, on the real services. */
class MemoryModelPanelTest extends KaribuTest {

    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant NOW = START.plus(Duration.ofDays(70));

    @Autowired
    SimulatedHistory simulated;

    @Autowired
    OptimisationService optimisations;

    @Autowired
    TestClock clock;

    UserSummary me;

    @BeforeEach
    void learner() {
        clock.set(NOW);
        me = users.create(Role.LEARNER);
        loginAs(me);
    }

    private MemoryModelPanel open() {
        UI.getCurrent().navigate(StudySettingsView.class);
        return _get(StudySettingsView.class).memory;
    }

    /** Waits for the background run, then lets the page poll once as the browser would. */
    private void finish() {
        awaitRun();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private void awaitRun() {
        long until = System.currentTimeMillis() + 120_000;
        while (!optimisations.run(me.id()).orElseThrow().status().finished()) {
            assertThat(System.currentTimeMillis()).as("the run ends").isLessThan(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aNewLearnerSeesTheDefaultsAndHowManyMoreReviewsOptimiseNeeds() {
        MemoryModelPanel panel = open();

        assertThat(panel.model.getText()).contains("the default FSRS-6 weights");
        assertThat(panel.figures.getText()).contains("too little history");
        assertThat(panel.history.getText())
                .contains("You have 0 answers")
                .contains("Optimise needs at least 8 of them and you have 0: 8 more to go")
                .contains("fsrs-rs");
        assertThat(panel.optimise.isEnabled()).isFalse();
        assertThat(panel.reset.isVisible()).isFalse();
        assertThat(panel.progress.isVisible()).isFalse();
        assertThat(panel.steps.suggest.isEnabled()).isTrue();
    }

    @Test
    void theWorkloadChartMarksTheLearnersRetentionAndHasATextEquivalent() {
        MemoryModelPanel panel = open();
        WorkloadSection w = panel.workloadSection;

        assertThat(w.chart.getOptions())
                .contains("\"markLine\"")
                .contains("\"0.90\"")
                .contains("Least work");
        assertThat(w.summary.getText()).startsWith("At your desired retention 0.90: about ");
        assertThat(w.chart.getElement().getAttribute("aria-label")).isEqualTo(w.summary.getText());
        assertThat(w.chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(_size(w.table)).isEqualTo(28);
        assertThat(w.details.getSummaryText()).isEqualTo("The figures as a table");
    }

    @Test
    void optimiseRunsInTheBackgroundThenShowsBeforeAndAfterInWordsAndTheDefaultsCanComeBack() {
        simulated.write(me.id(), 150, 5, START, NOW, 21);
        MemoryModelPanel panel = open();
        assertThat(panel.history.getText()).doesNotContain("more to go");
        assertThat(panel.optimise.isEnabled()).isTrue();
        String chartBefore = panel.workloadSection.chart.getOptions();

        _click(panel.optimise);
        assertThat(panel.optimise.isEnabled()).as("not twice at once").isFalse();
        finish();

        assertThat(panel.progress.isVisible()).isFalse();
        assertThat(panel.result.getText())
                .containsPattern("Log loss 0\\.\\d{4} → 0\\.\\d{4}")
                .containsPattern("RMSE\\(bins\\) \\d+\\.\\d\\d% → \\d+\\.\\d\\d%")
                .containsPattern("predictions about \\d+ % closer to what you really recalled")
                .contains("The new weights are in force");
        assertThat(panel.model.getText())
                .contains("weights fitted to your own answers")
                .contains("reviews");
        assertThat(panel.optimise.isEnabled()).isTrue();
        assertThat(panel.reset.isVisible()).isTrue();
        assertThat(panel.workloadSection.chart.getOptions())
                .as("the chart follows the new weights")
                .isNotEqualTo(chartBefore);

        _click(panel.reset);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(panel.model.getText()).contains("the default FSRS-6 weights");
        assertThat(panel.reset.isVisible()).isFalse();
        assertThat(panel.result.isVisible()).isFalse();
    }

    @Test
    void leavingThePageDoesNotStopTheRunAndComingBackShowsItsOutcome() {
        simulated.write(me.id(), 150, 5, START, NOW, 22);
        _click(open().optimise);
        UI.getCurrent().navigate(ProgressView.class);

        awaitRun();
        assertThat(optimisations.run(me.id()).orElseThrow().status()).isEqualTo(OptimisationStatus.IMPROVED);
        MemoryModelPanel back = open();
        assertThat(back.result.getText()).contains("closer to what you really recalled");
        assertThat(back.model.getText()).contains("fitted to your own answers");
    }

    @Test
    void theSectionSpeaksChinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        MemoryModelPanel panel = open();

        assertThat(panel.model.getText()).contains("默认参数");
        assertThat(panel.optimise.getText()).isEqualTo("优化");
        assertThat(panel.history.getText()).contains("还差 8 次");
        assertThat(panel.workloadSection.summary.getText()).startsWith("按你现在的目标保持率 0.90");
    }
}
