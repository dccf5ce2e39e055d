package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportOptions.QuizletOptions;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;

/**
 * How to read the file: its format (detected from the content unless the user names one), the language of texts
 * that do not say theirs, Quizlet's separators and both directions, and whether to bring an Anki package's review
 * history. Every change reads the file again.
 */
class OptionsForm extends FormLayout {

    static final String TAB = "\t";
    static final String NEWLINE = "\n";
    static final String CUSTOM = "custom";

    final Select<Optional<Format>> format = new Select<>();
    final Select<TextLanguage> language = new Select<>();
    final Select<String> term = new Select<>();
    final TextField customTerm = new TextField();
    final Select<String> card = new Select<>();
    final TextField customCard = new TextField();
    final Checkbox both = new Checkbox();
    final Checkbox history = new Checkbox();
    private Format detected;
    private boolean quiet;

    OptionsForm(List<Format> formats, Runnable changed) {
        addClassName("import-options");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        List<Optional<Format>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        formats.forEach(f -> choices.add(Optional.of(f)));
        format.setLabel(getTranslation("import.option.format"));
        format.setItems(choices);
        format.setItemLabelGenerator(f -> f.map(this::formatName)
                .orElseGet(() -> detected == null
                        ? getTranslation("import.option.format.detect")
                        : getTranslation("import.option.format.detected", formatName(detected))));
        format.setValue(Optional.empty());
        language.setLabel(getTranslation("import.option.language"));
        language.setItems(TextLanguage.values());
        language.setItemLabelGenerator(
                l -> getTranslation("import.option.language." + l.name().toLowerCase(java.util.Locale.ROOT)));
        language.setValue(TextLanguage.DETECT);
        term.setLabel(getTranslation("import.option.term"));
        term.setItems(TAB, ",", CUSTOM);
        term.setItemLabelGenerator(s -> separator(s, "import.option.term."));
        term.setValue(TAB);
        customTerm.setLabel(getTranslation("import.option.term.own"));
        customTerm.setMaxLength(20);
        card.setLabel(getTranslation("import.option.card"));
        card.setItems(NEWLINE, ";", CUSTOM);
        card.setItemLabelGenerator(s -> separator(s, "import.option.card."));
        card.setValue(NEWLINE);
        customCard.setLabel(getTranslation("import.option.card.own"));
        customCard.setMaxLength(20);
        both.setLabel(getTranslation("import.option.both"));
        history.setLabel(getTranslation("import.option.history"));
        history.setValue(true);
        add(format, language, term, customTerm, card, customCard, both, history);
        format.addValueChangeListener(e -> {
            showQuizlet();
            fire(changed);
        });
        language.addValueChangeListener(e -> fire(changed));
        term.addValueChangeListener(e -> {
            customTerm.setVisible(CUSTOM.equals(term.getValue()));
            fire(changed);
        });
        card.addValueChangeListener(e -> {
            customCard.setVisible(CUSTOM.equals(card.getValue()));
            fire(changed);
        });
        customTerm.addValueChangeListener(e -> fire(changed));
        customCard.addValueChangeListener(e -> fire(changed));
        both.addValueChangeListener(e -> fire(changed));
        history.addValueChangeListener(e -> fire(changed));
        showQuizlet();
        history.setVisible(false);
    }

    /** The options as chosen; a custom separator left empty counts as the default one. */
    ImportOptions options() {
        String t = CUSTOM.equals(term.getValue()) ? customTerm.getValue() : term.getValue();
        String c = CUSTOM.equals(card.getValue()) ? customCard.getValue() : card.getValue();
        QuizletOptions quizlet = new QuizletOptions(
                t == null || t.isEmpty() ? TAB : t, c == null || c.isEmpty() ? NEWLINE : c, both.getValue());
        return new ImportOptions(chosen(), language.getValue(), quizlet, ImportLimits.DEFAULTS);
    }

    boolean withHistory() {
        return history.getValue();
    }

    /** Shows what the file was read as: the detected format, whether it brings a history. */
    void show(Format read, Format found, boolean hasHistory) {
        quiet = true;
        detected = found;
        Optional<Format> chosen = chosen();
        format.getListDataView().refreshAll();
        format.setValue(chosen);
        history.setVisible(hasHistory);
        showQuizlet(read);
        quiet = false;
    }

    private void showQuizlet() {
        showQuizlet(chosen().orElse(detected));
    }

    /** The format the user named; empty to detect it (refreshing the labels may leave the select empty a moment). */
    private Optional<Format> chosen() {
        Optional<Format> f = format.getValue();
        return f == null ? Optional.empty() : f;
    }

    private void showQuizlet(Format read) {
        boolean quizlet = read == Format.QUIZLET;
        term.setVisible(quizlet);
        card.setVisible(quizlet);
        both.setVisible(quizlet);
        customTerm.setVisible(quizlet && CUSTOM.equals(term.getValue()));
        customCard.setVisible(quizlet && CUSTOM.equals(card.getValue()));
    }

    private void fire(Runnable changed) {
        if (!quiet) {
            changed.run();
        }
    }

    private String separator(String s, String prefix) {
        return switch (s) {
            case TAB -> getTranslation(prefix + "tab");
            case NEWLINE -> getTranslation(prefix + "newline");
            case "," -> getTranslation(prefix + "comma");
            case ";" -> getTranslation(prefix + "semicolon");
            default -> getTranslation(prefix + "custom");
        };
    }

    String formatName(Format f) {
        return getTranslation("import.format." + f.code());
    }
}
