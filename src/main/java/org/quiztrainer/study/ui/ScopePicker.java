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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.ui.BankTitles;
import org.quiztrainer.study.SavedScope;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudySettingsService;

/**
 * What to study: the learner's own banks or the banks they choose (public ones too), some topics of those banks,
 * some tags; scopes can be saved and loaded.
 */
class ScopePicker extends Details {

    final MultiSelectComboBox<BankSummary> banks = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final Select<SavedScope> saved = new Select<>();
    final TextField name = new TextField();
    final Button save = new Button();
    final Button delete = new Button(VaadinIcon.TRASH.create());
    private final BankService bank;
    private final StudySettingsService settings;
    private final Consumer<StudyScope> onChange;
    private final Map<String, Topic> byId = new HashMap<>();
    private final Map<Long, BankSummary> bankById = new LinkedHashMap<>();
    private boolean loading;

    ScopePicker(
            BankService bank,
            BankCatalogService catalog,
            StudySettingsService settings,
            Locale locale,
            Consumer<StudyScope> onChange) {
        this.bank = bank;
        this.settings = settings;
        this.onChange = onChange;
        addClassName("scope-picker");
        catalog.studyBanks().forEach(b -> bankById.put(b.id(), b));
        banks.addClassName("scope-banks");
        topics.addClassName("scope-topics");
        tags.addClassName("scope-tags");
        banks.setLabel(getTranslation("study.scope.banks"));
        banks.setPlaceholder(getTranslation("study.scope.own-banks"));
        banks.setItems(bankById.values());
        banks.setItemLabelGenerator(b -> BankTitles.title(b.bank(), this));
        topics.setLabel(getTranslation("study.scope.topics"));
        topics.setPlaceholder(getTranslation("study.scope.all-topics"));
        topics.setItemLabelGenerator(t -> t.name().in(locale));
        tags.setLabel(getTranslation("study.scope.tags"));
        tags.setPlaceholder(getTranslation("study.scope.all-tags"));
        refreshChoices();
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
        List.of(banks, topics, tags).forEach(KeyGuard::ownAllKeys);
        List.of(saved, name).forEach(KeyGuard::ownAllKeys);
        List.of(save, delete).forEach(KeyGuard::ownActivation);
        banks.addValueChangeListener(e -> {
            if (!loading) {
                refreshChoices();
            }
            changed();
        });
        topics.addValueChangeListener(e -> changed());
        tags.addValueChangeListener(e -> changed());
        saved.addValueChangeListener(e -> load(e.getValue()));
        save.addClickListener(e -> saveScope());
        delete.addClickListener(e -> deleteScope());
        Div fields = new Div(banks, topics, tags);
        fields.addClassName("scope-fields");
        Div store = new Div(saved, delete, name, save);
        store.addClassName("scope-store");
        add(fields, store);
        KeyGuard.ownActivation(this);
        refreshSaved();
        updateSummary();
    }

    StudyScope scope() {
        return new StudyScope(
                topics.getValue().stream().map(Topic::id).collect(Collectors.toSet()),
                tags.getValue(),
                banks.getValue().stream().map(BankSummary::id).collect(Collectors.toSet()));
    }

    /** Selects one bank the learner may study (an address like {@code study?bank=12}); another id changes nothing. */
    void selectBank(long bankId) {
        BankSummary b = bankById.get(bankId);
        if (b != null) {
            banks.setValue(Set.of(b));
        }
    }

    /** The topics and tags on offer: those of the chosen banks, or of the learner's own; what is chosen stays. */
    private void refreshChoices() {
        Set<Long> chosen = banks.getValue().stream().map(BankSummary::id).collect(Collectors.toSet());
        List<Topic> tree = TopicOrder.inTreeOrder(chosen.isEmpty() ? bank.topics() : bank.topics(chosen));
        byId.clear();
        tree.forEach(t -> byId.put(t.id(), t));
        Set<Topic> keptTopics =
                topics.getValue().stream().filter(t -> byId.containsKey(t.id())).collect(Collectors.toSet());
        List<String> tagList = chosen.isEmpty() ? bank.tags() : bank.tags(chosen);
        Set<String> keptTags =
                tags.getValue().stream().filter(tagList::contains).collect(Collectors.toSet());
        boolean was = loading;
        loading = true;
        topics.setItems(tree);
        topics.setValue(keptTopics);
        tags.setItems(tagList);
        tags.setValue(keptTags);
        loading = was;
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
        banks.setValue(scope.scope().banks().stream()
                .map(bankById::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        refreshChoices();
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
        String banksPart = s.banks().isEmpty()
                ? getTranslation("study.scope.summary.own-banks")
                : getTranslation("study.scope.summary.banks", s.banks().size());
        setSummaryText(
                s.isWholeBank()
                        ? getTranslation("study.scope.summary.whole", banksPart)
                        : getTranslation(
                                "study.scope.summary",
                                banksPart,
                                s.topicIds().size(),
                                s.tags().size()));
    }
}
