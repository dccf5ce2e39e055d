package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Topic;

/**
 * Adds a topic or renames and moves one: its name in the bank's languages and the topic it sits under (never
 * itself or one of its own sub-topics). The services refuse a missing name or a bad parent on its field.
 */
class TopicDialog extends Dialog {

    /** What saving does with the name and the parent (null for the top level); may refuse with field errors. */
    interface Save {
        void save(LocalizedText name, Topic parent);
    }

    final TextField zh = new TextField();
    final TextField en = new TextField();
    final ComboBox<Topic> parent = new ComboBox<>();
    final Button save;

    TopicDialog(
            String title,
            BankLanguages languages,
            TopicTree tree,
            Locale locale,
            Topic editing,
            Topic under,
            Save action,
            Consumer<String> done) {
        addClassName("topic-dialog");
        setHeaderTitle(title);
        boolean both = languages == BankLanguages.BOTH;
        zh.setLabel(getTranslation(both ? "bank.topics.name-zh" : "bank.topics.name"));
        en.setLabel(getTranslation(both ? "bank.topics.name-en" : "bank.topics.name"));
        zh.getElement().setAttribute("lang", "zh-CN");
        en.getElement().setAttribute("lang", "en");
        zh.setVisible(languages.needsZh());
        en.setVisible(languages.needsEn());
        zh.addClassName("topic-name-zh");
        en.addClassName("topic-name-en");
        parent.setLabel(getTranslation("bank.topics.parent"));
        parent.setItems(tree.inOrder().stream()
                .filter(t -> editing == null || !tree.isUnder(t, editing))
                .toList());
        parent.setItemLabelGenerator(t -> tree.path(t, locale));
        parent.setPlaceholder(getTranslation("bank.edit.top-level"));
        parent.setClearButtonVisible(true);
        parent.addClassName("topic-parent");
        for (HasValidation f : new HasValidation[] {zh, en}) {
            ((TextField) f).setWidthFull();
            ((TextField) f).setManualValidation(true);
        }
        parent.setManualValidation(true);
        parent.setWidthFull();
        if (editing != null) {
            zh.setValue(editing.name().zh());
            en.setValue(editing.name().en());
        }
        parent.setValue(under);
        add(zh, en, parent);
        save = new Button(getTranslation("bank.topics.save"), e -> {
            try {
                action.save(new LocalizedText(zh.getValue(), en.getValue()), parent.getValue());
                close();
                done.accept(getTranslation("bank.topics.saved"));
            } catch (InvalidInputException ex) {
                show(ex.fieldErrors());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("topic-save");
        getFooter().add(new Button(getTranslation("bank.edit.cancel"), e -> close()), save);
    }

    private void show(Map<String, String> errors) {
        field(zh, errors.get("name.zh"));
        field(en, errors.get("name.en"));
        field(parent, errors.get("parent"));
    }

    private void field(HasValidation f, String key) {
        f.setErrorMessage(key == null ? null : getTranslation(key));
        f.setInvalid(key != null);
    }
}
