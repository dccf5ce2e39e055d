package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quiztrainer.bank.BankClasses;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.Visibility;

/**
 * A bank's settings: title, description, languages, who may study it (nobody else, chosen classes, everyone) and
 * its co-editors by username. The services check it and name each bad field; the form shows each message there.
 */
class BankSettingsForm extends Div {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final RadioButtonGroup<BankLanguages> languages = new RadioButtonGroup<>();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final MultiSelectComboBox<BankClasses.ClassRef> classes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> editors = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<String> editorNames = new ArrayList<>();

    BankSettingsForm(List<BankClasses.ClassRef> shareable) {
        addClassName("bank-settings-form");
        title.setLabel(getTranslation("bank.settings.title"));
        title.setMaxLength(BankSettings.TITLE_MAX);
        title.setWidthFull();
        title.addClassName("bank-title-field");
        description.setLabel(getTranslation("bank.settings.description"));
        description.setHelperText(getTranslation("bank.settings.description-hint"));
        description.setWidthFull();
        description.addClassName("bank-description-field");
        languages.setLabel(getTranslation("bank.settings.languages"));
        languages.setItems(BankLanguages.values());
        languages.setItemLabelGenerator(l -> BankTitles.languages(l, this));
        languages.setHelperText(getTranslation("bank.settings.languages-hint"));
        languages.addClassName("bank-languages");
        visibility.setLabel(getTranslation("bank.settings.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(
                v -> getTranslation("bank.settings.visible." + v.name().toLowerCase(java.util.Locale.ROOT)));
        visibility.addClassName("bank-visibility");
        visibility.addValueChangeListener(e -> classes.setVisible(e.getValue() == Visibility.CLASSES));
        classes.setLabel(getTranslation("bank.settings.classes"));
        classes.setItems(shareable);
        classes.setItemLabelGenerator(BankClasses.ClassRef::name);
        classes.setHelperText(
                getTranslation(shareable.isEmpty() ? "bank.settings.classes-none" : "bank.settings.classes-hint"));
        classes.setWidthFull();
        classes.addClassName("bank-classes");
        classes.setVisible(false);
        editors.setLabel(getTranslation("bank.settings.editors"));
        editors.setHelperText(getTranslation("bank.settings.editors-hint"));
        editors.setAllowCustomValue(true);
        editors.setItems(editorNames);
        editors.addCustomValueSetListener(e -> addEditor(e.getDetail()));
        editors.setWidthFull();
        editors.addClassName("bank-editors");
        fields.put("title", title);
        fields.put("description", description);
        fields.put("languages", languages);
        fields.put("visibility", visibility);
        fields.put("classes", classes);
        fields.put("editors", editors);
        for (HasValidation f : fields.values()) {
            if (f instanceof TextField t) {
                t.setManualValidation(true);
            } else if (f instanceof TextArea a) {
                a.setManualValidation(true);
            } else if (f instanceof MultiSelectComboBox<?> m) {
                m.setManualValidation(true);
            }
        }
        add(title, description, languages, visibility, classes, editors);
    }

    /** Adds a typed username to the co-editors (the services check that it exists). */
    void addEditor(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
            return;
        }
        if (!editorNames.contains(name)) {
            editorNames.add(name);
            editors.getListDataView().refreshAll();
        }
        Set<String> chosen = new LinkedHashSet<>(editors.getValue());
        chosen.add(name);
        editors.setValue(chosen);
    }

    /** Shows stored settings, with the classes they are shared with (named, even if the user does not teach them). */
    void load(BankSettings s, Map<Long, String> sharedClasses, List<BankClasses.ClassRef> shareable) {
        title.setValue(s.title());
        description.setValue(s.description());
        languages.setValue(s.languages());
        visibility.setValue(s.visibility());
        List<BankClasses.ClassRef> items = new ArrayList<>(shareable);
        sharedClasses.forEach((id, name) -> {
            if (items.stream().noneMatch(c -> c.id() == id)) {
                items.add(new BankClasses.ClassRef(id, name));
            }
        });
        classes.setItems(items);
        classes.setValue(
                items.stream().filter(c -> s.classIds().contains(c.id())).collect(Collectors.toSet()));
        s.editorUsernames().stream().sorted().forEach(this::addEditor);
    }

    BankSettings settings() {
        return new BankSettings(
                title.getValue(),
                description.getValue(),
                languages.getValue(),
                visibility.getValue(),
                classes.getValue().stream().map(BankClasses.ClassRef::id).collect(Collectors.toSet()),
                new LinkedHashSet<>(editors.getValue()));
    }

    /** Shows each refused field's message on it (keys from the services) and clears the others. */
    void showErrors(Map<String, String> errors) {
        fields.forEach((name, f) -> {
            String key = errors.get(name);
            f.setErrorMessage(key == null ? null : getTranslation(key));
            f.setInvalid(key != null);
        });
        fields.entrySet().stream()
                .filter(e -> errors.containsKey(e.getKey()))
                .findFirst()
                .map(Map.Entry::getValue)
                .filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>)
                .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
    }
}
