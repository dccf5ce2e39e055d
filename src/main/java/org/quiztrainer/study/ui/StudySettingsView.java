package org.quiztrainer.study.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.RichText;
import org.quiztrainer.study.CardService;
import org.quiztrainer.study.StudySettings;
import org.quiztrainer.study.StudySettingsService;

/** The learner's study options, each problem shown next to its field (nothing saved), and their leeches. */
@Route("study/settings")
@Menu(order = 30, icon = "vaadin:sliders", title = "nav.study-settings")
@PermitAll
public class StudySettingsView extends VerticalLayout implements HasDynamicTitle {

    final NumberField retention = new NumberField();
    final IntegerField newPerDay = new IntegerField();
    final IntegerField reviewsPerDay = new IntegerField();
    final TextField learningSteps = new TextField();
    final TextField relearningSteps = new TextField();
    final IntegerField dayStart = new IntegerField();
    final ComboBox<String> zone = new ComboBox<>();
    final Button save = new Button();
    final Div leeches = new Div();
    private final StudySettingsService settings;
    private final CardService cards;
    private final BankService bank;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public StudySettingsView(StudySettingsService settings, CardService cards, BankService bank) {
        this.settings = settings;
        this.cards = cards;
        this.bank = bank;
        addClassName("study-settings-view");
        retention.setLabel(getTranslation("settings.retention"));
        retention.setHelperText(getTranslation("settings.retention.help"));
        retention.setStep(0.01);
        retention.setStepButtonsVisible(true);
        newPerDay.setLabel(getTranslation("settings.new-per-day"));
        reviewsPerDay.setLabel(getTranslation("settings.reviews-per-day"));
        learningSteps.setLabel(getTranslation("settings.learning-steps"));
        learningSteps.setHelperText(getTranslation("settings.steps.help"));
        relearningSteps.setLabel(getTranslation("settings.relearning-steps"));
        relearningSteps.setHelperText(getTranslation("settings.steps.help"));
        dayStart.setLabel(getTranslation("settings.day-start"));
        dayStart.setMin(0);
        dayStart.setMax(23);
        dayStart.setStepButtonsVisible(true);
        zone.setLabel(getTranslation("settings.zone"));
        zone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        fields.putAll(Map.of(
                "desiredRetention",
                retention,
                "newPerDay",
                newPerDay,
                "maxReviewsPerDay",
                reviewsPerDay,
                "learningSteps",
                learningSteps,
                "relearningSteps",
                relearningSteps,
                "dayStartHour",
                dayStart,
                "zone",
                zone));
        save.setText(getTranslation("settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        save.addClickListener(e -> save());
        FormLayout form =
                new FormLayout(retention, newPerDay, reviewsPerDay, learningSteps, relearningSteps, dayStart, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        leeches.addClassName("leech-list");
        add(form, save, new H2(getTranslation("settings.leeches")), leeches);
        show(settings.mine());
        showLeeches();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (event.isInitialAttach()) {
            event.getUI()
                    .getPage()
                    .retrieveExtendedClientDetails(d -> show(settings.initialise(StudyView.zone(d.getTimeZoneId()))));
        }
    }

    private void show(StudySettings s) {
        retention.setValue(s.desiredRetention());
        newPerDay.setValue(s.newPerDay());
        reviewsPerDay.setValue(s.maxReviewsPerDay());
        learningSteps.setValue(StudySettings.formatSteps(s.learningSteps()));
        relearningSteps.setValue(StudySettings.formatSteps(s.relearningSteps()));
        dayStart.setValue(s.dayStartHour());
        zone.setValue(ZoneOffset.UTC.equals(s.zone()) ? "UTC" : s.zone().getId());
    }

    void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> errors = new LinkedHashMap<>();
        List<Duration> learning = steps(learningSteps, "learningSteps", errors);
        List<Duration> relearning = steps(relearningSteps, "relearningSteps", errors);
        number(newPerDay, "newPerDay", errors);
        number(reviewsPerDay, "maxReviewsPerDay", errors);
        number(dayStart, "dayStartHour", errors);
        try {
            StudySettings updated = new StudySettings(
                    retention.getValue() == null ? -1 : retention.getValue(),
                    value(newPerDay),
                    value(reviewsPerDay),
                    learning,
                    relearning,
                    value(dayStart),
                    zone.getValue() == null ? null : ZoneId.of(zone.getValue()));
            if (errors.isEmpty()) {
                settings.save(updated);
                Notification.show(getTranslation("settings.saved"));
                return;
            }
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        errors.forEach((field, key) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(getTranslation(key));
                f.setInvalid(true);
            }
        });
    }

    private static List<Duration> steps(TextField field, String name, Map<String, String> errors) {
        try {
            return StudySettings.parseSteps(field.getValue());
        } catch (IllegalArgumentException e) {
            errors.put(name, "study.settings.error.steps");
            return List.of(Duration.ofMinutes(1));
        }
    }

    private static void number(IntegerField field, String name, Map<String, String> errors) {
        if (field.getValue() == null) {
            errors.put(name, "settings.error.number");
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void showLeeches() {
        leeches.removeAll();
        List<String> ids = cards.leeches();
        if (ids.isEmpty()) {
            leeches.add(new Paragraph(getTranslation("settings.leeches.none")));
        }
        for (String id : ids) {
            String text = bank.question(id)
                    .map(q -> RichText.plain(
                            q.question().text().in(getLocale()), q.question().html()))
                    .orElse(id);
            Button back = new Button(getTranslation("settings.leeches.back"), e -> {
                cards.unsuspend(id);
                Notification.show(getTranslation("settings.leeches.back-done"));
                showLeeches();
            });
            back.setAriaLabel(getTranslation("settings.leeches.back-aria", text));
            Div row = new Div(new Span(text), back);
            row.addClassName("leech-row");
            leeches.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.study-settings");
    }
}
