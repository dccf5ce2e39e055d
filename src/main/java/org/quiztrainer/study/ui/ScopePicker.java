package org.quiztrainer.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.study.SavedScope;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudySettingsService;

/** What to study: the whole bank, some topics of the tree, some tags; scopes can be saved and loaded. */
class ScopePicker extends Details {

    final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final Select<SavedScope> saved = new Select<>();
    final TextField name = new TextField();
    final Button save = new Button();
    final Button delete = new Button(VaadinIcon.TRASH.create());
    private final StudySettingsService settings;
    private final Consumer<StudyScope> onChange;
    private final Map<String, Topic> byId = new HashMap<>();
    private boolean loading;

    ScopePicker(BankService bank, StudySettingsService settings, Locale locale, Consumer<StudyScope> onChange) {
        this.settings = settings;
        this.onChange = onChange;
        addClassName("scope-picker");
        List<Topic> tree = inTreeOrder(bank.topics());
        tree.forEach(t -> byId.put(t.id(), t));
        topics.setLabel(getTranslation("study.scope.topics"));
        topics.setPlaceholder(getTranslation("study.scope.all-topics"));
        topics.setItems(tree);
        topics.setItemLabelGenerator(t -> t.name().in(locale));
        tags.setLabel(getTranslation("study.scope.tags"));
        tags.setPlaceholder(getTranslation("study.scope.all-tags"));
        tags.setItems(bank.tags());
        saved.setLabel(getTranslation("study.scope.saved"));
        saved.setPlaceholder(getTranslation("study.scope.saved.none"));
        saved.setItemLabelGenerator(SavedScope::name);
        name.setLabel(getTranslation("study.scope.name"));
        name.setMaxLength(80);
        save.setText(getTranslation("study.scope.save"));
        save.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("study.scope.delete"));
        delete.setTooltipText(getTranslation("study.scope.delete"));
        delete.setEnabled(false);
        List.of(topics, tags).forEach(KeyGuard::ownAllKeys);
        List.of(saved, name).forEach(KeyGuard::ownAllKeys);
        List.of(save, delete).forEach(KeyGuard::ownActivation);
        topics.addValueChangeListener(e -> changed());
        tags.addValueChangeListener(e -> changed());
        saved.addValueChangeListener(e -> load(e.getValue()));
        save.addClickListener(e -> saveScope());
        delete.addClickListener(e -> deleteScope());
        Div fields = new Div(topics, tags);
        fields.addClassName("scope-fields");
        Div store = new Div(saved, delete, name, save);
        store.addClassName("scope-store");
        add(fields, store);
        KeyGuard.ownActivation(this);
        refreshSaved();
        updateSummary();
    }

    StudyScope scope() {
        return new StudyScope(topics.getValue().stream().map(Topic::id).collect(Collectors.toSet()), tags.getValue());
    }

    /** Selects one topic (an address like {@code study?topic=rnn}); an unknown id changes nothing. */
    void selectTopic(String topicId) {
        Topic topic = byId.get(topicId);
        if (topic != null) {
            topics.setValue(Set.of(topic));
        }
    }

    private void changed() {
        updateSummary();
        if (!loading) {
            saved.clear();
            onChange.accept(scope());
        }
    }

    private void load(SavedScope scope) {
        delete.setEnabled(scope != null);
        if (scope == null) {
            return;
        }
        loading = true;
        topics.setValue(scope.scope().topicIds().stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        tags.setValue(scope.scope().tags());
        loading = false;
        updateSummary();
        onChange.accept(scope());
    }

    private void saveScope() {
        name.setInvalid(false);
        try {
            SavedScope stored = settings.saveScope(name.getValue(), scope());
            name.clear();
            refreshSaved();
            loading = true;
            saved.setValue(stored);
            loading = false;
            Notification.show(getTranslation("study.scope.saved-done", stored.name()));
        } catch (InvalidInputException ex) {
            name.setErrorMessage(
                    getTranslation(ex.fieldErrors().values().iterator().next()));
            name.setInvalid(true);
        }
    }

    private void deleteScope() {
        SavedScope scope = saved.getValue();
        if (scope != null) {
            settings.deleteScope(scope.id());
            saved.clear();
            refreshSaved();
        }
    }

    private void refreshSaved() {
        List<SavedScope> all = settings.scopes();
        saved.setItems(all);
        saved.setEnabled(!all.isEmpty());
    }

    private void updateSummary() {
        StudyScope s = scope();
        setSummaryText(
                s.isWholeBank()
                        ? getTranslation("study.scope.summary.whole")
                        : getTranslation(
                                "study.scope.summary",
                                s.topicIds().size(),
                                s.tags().size()));
    }

    /** Topics depth first, siblings by their order, so the list reads like the tree. */
    static List<Topic> inTreeOrder(List<Topic> all) {
        Map<String, List<Topic>> children =
                all.stream().collect(Collectors.groupingBy(t -> t.parentId() == null ? "" : t.parentId()));
        children.values()
                .forEach(l -> l.sort(Comparator.comparingInt(Topic::order).thenComparing(Topic::id)));
        List<Topic> out = new ArrayList<>();
        walk("", children, out);
        return out;
    }

    private static void walk(String parent, Map<String, List<Topic>> children, List<Topic> out) {
        for (Topic t : children.getOrDefault(parent, List.of())) {
            if (!out.contains(t)) {
                out.add(t);
                walk(t.id(), children, out);
            }
        }
    }
}
