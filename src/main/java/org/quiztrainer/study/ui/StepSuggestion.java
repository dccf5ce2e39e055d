package org.quiztrainer.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.quiztrainer.srs.optimizer.StepRecommendation;
import org.quiztrainer.srs.optimizer.StepRecommender;
import org.quiztrainer.study.StudySettings;

/**
 * Learning steps suggested from the learner's same-day answers (fsrs-rs's {@code compute_optimal_steps}):
 * the button (placed beside Optimise), the suggestion, and a button that puts it into the settings form.
 */
class StepSuggestion extends Div {

    final Button suggest = new Button();
    final Paragraph suggestion = new Paragraph();
    final Button use = new Button();

    private final Supplier<StepRecommendation> recommend;
    private final BiConsumer<String, String> form;
    private StepRecommendation steps;

    /**
     * @param recommend the learner's recommendation
     * @param form      takes learning and relearning steps as text (null keeps a field as it is)
     */
    StepSuggestion(Supplier<StepRecommendation> recommend, BiConsumer<String, String> form) {
        this.recommend = recommend;
        this.form = form;
        addClassName("memory-steps");
        suggest.setText(getTranslation("memory.steps"));
        suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        suggest.addClickListener(e -> suggest());
        suggestion.setVisible(false);
        use.setText(getTranslation("memory.steps.use"));
        use.setVisible(false);
        use.addClickListener(e -> use());
        add(suggestion, use);
    }

    private void suggest() {
        steps = recommend.get();
        suggestion.setVisible(true);
        if (steps.isEmpty()) {
            suggestion.setText(getTranslation("memory.steps.none", StepRecommender.MIN_COUNT));
            use.setVisible(false);
            return;
        }
        String keep = getTranslation("memory.steps.keep");
        suggestion.setText(getTranslation(
                "memory.steps.result",
                steps.learningSteps().isEmpty() ? keep : StudySettings.formatSteps(steps.learningSteps()),
                steps.relearningSteps().isEmpty() ? keep : StudySettings.formatSteps(steps.relearningSteps())));
        use.setVisible(true);
    }

    private void use() {
        form.accept(
                steps.learningSteps().isEmpty() ? null : StudySettings.formatSteps(steps.learningSteps()),
                steps.relearningSteps().isEmpty() ? null : StudySettings.formatSteps(steps.relearningSteps()));
        Notification.show(getTranslation("memory.steps.used"));
    }
}
