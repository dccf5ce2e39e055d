package org.quiztrainer.study.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.study.MemoryModelService;
import org.quiztrainer.study.MemoryModelStatus;
import org.quiztrainer.study.OptimisationRun;
import org.quiztrainer.study.OptimisationService;
import org.quiztrainer.study.WorkloadService;

/**
 * "Your memory model" in the study settings: default or fitted, how well it predicts the learner, Optimise
 * with a progress bar (the run goes on in the background, on the server; the page polls the run while it
 * goes on and leaving it stops only the polling), before → after in words, back to the defaults, suggested
 * learning steps and the workload chart.
 */
class MemoryModelPanel extends Div {

    private static final int POLL_MILLIS = 500;

    final Paragraph model = new Paragraph();
    final Paragraph figures = new Paragraph();
    final Paragraph figuresHelp = new Paragraph();
    final Paragraph history = new Paragraph();
    final Checkbox reschedule = new Checkbox();
    final Button optimise = new Button();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Paragraph result = new Paragraph();
    final Button reset = new Button();
    final StepSuggestion steps;
    final WorkloadSection workloadSection = new WorkloadSection();

    private final long learnerId;
    private final ZoneId zone;
    private final MemoryModelService models;
    private final OptimisationService optimisations;
    private final WorkloadService workload;
    private final MemoryModelText text = new MemoryModelText(this, this::getLocale);
    private Registration polling;
    private boolean running;
    private boolean canOptimise;

    MemoryModelPanel(
            long learnerId,
            ZoneId zone,
            MemoryModelService models,
            OptimisationService optimisations,
            WorkloadService workload,
            BiConsumer<String, String> stepsSink) {
        this.learnerId = learnerId;
        this.zone = zone;
        this.models = models;
        this.optimisations = optimisations;
        this.workload = workload;
        this.steps = new StepSuggestion(() -> models.recommendSteps(learnerId), stepsSink);
        addClassName("memory-model");
        setWidthFull();
        getStyle().set("min-width", "0");
        figuresHelp.setText(getTranslation("memory.figures.help"));
        figuresHelp.addClassName("memory-help");
        figuresHelp
                .getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("margin-top", "0");
        reschedule.setLabel(getTranslation("memory.reschedule"));
        reschedule.setHelperText(getTranslation("memory.reschedule.help"));
        optimise.setText(getTranslation("memory.optimise"));
        optimise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        optimise.addClickListener(e -> start());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("memory.optimise"));
        result.addClassName("memory-result");
        result.setVisible(false);
        reset.setText(getTranslation("memory.reset"));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> confirmReset());
        Div actions = new Div(optimise, steps.suggest, reset);
        actions.addClassName("memory-actions");
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        add(
                new H2(getTranslation("memory.title")),
                model,
                figures,
                figuresHelp,
                history,
                reschedule,
                actions,
                progress,
                result,
                steps,
                workloadSection);
        refresh();
        showWorkload();
    }

    /** Reads the model and the latest run again and shows them. */
    void refresh() {
        MemoryModelStatus s = models.status(learnerId);
        model.setText(text.model(s, zone));
        figures.setText(text.figures(s));
        history.setText(text.history(s));
        canOptimise = s.canOptimise();
        reset.setVisible(s.fitted());
        show(s.lastRun());
    }

    /** Shows a run's progress or outcome; while one runs, the page polls only the run (a cheap read). */
    private void show(OptimisationRun run) {
        running = run != null && !run.status().finished();
        optimise.setEnabled(canOptimise && !running);
        reset.setEnabled(!running);
        progress.setVisible(running);
        if (run != null) {
            progress.setValue(run.progress());
            result.setText(text.run(run));
            result.setVisible(true);
        }
        if (running && polling == null) {
            getUI().ifPresent(this::startPolling);
        }
    }

    /** One poll: the run's progress, and once it has ended, everything it changed. */
    private void poll() {
        OptimisationRun run = optimisations.run(learnerId).orElse(null);
        show(run);
        if (!running) {
            stopPolling();
            refresh();
            showWorkload();
        }
    }

    private void start() {
        try {
            show(optimisations.start(learnerId, reschedule.getValue()));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Notification.show(getTranslation(key)));
            refresh();
        }
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("memory.reset.title"),
                getTranslation("memory.reset.text"),
                getTranslation("memory.reset.yes"),
                e -> resetNow());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("memory.reset.cancel"));
        dialog.open();
    }

    void resetNow() {
        try {
            int cards = models.resetToDefaults(learnerId, reschedule.getValue());
            Notification.show(getTranslation("memory.reset.done", cards));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Notification.show(getTranslation(key)));
        }
        result.setVisible(false);
        refresh();
        showWorkload();
    }

    private void showWorkload() {
        workloadSection.show(workload.workload(learnerId));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (running) {
            startPolling(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }

    private void startPolling(UI ui) {
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> poll());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
