package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.quiztrainer.bank.BankLanguages;

/**
 * What the parts of the question editor share: the bank's languages, the labels and problems of the fields, what
 * to do when the author changes something, and how a formatted text gets an image.
 */
final class EditorContext {

    private final BankLanguages languages;
    private final FieldLabels labels;
    private final FieldProblems problems;
    private final FieldLabels.Translator translator;
    private Runnable onChange = () -> {};
    private Consumer<TextArea> imageRequest = area -> {};

    EditorContext(BankLanguages languages, FieldLabels.Translator translator, ErrorLine general) {
        this.languages = languages;
        this.translator = translator;
        this.labels = new FieldLabels(translator, languages);
        this.problems = new FieldProblems(labels, translator, general);
    }

    BankLanguages languages() {
        return languages;
    }

    FieldLabels labels() {
        return labels;
    }

    FieldProblems problems() {
        return problems;
    }

    String t(String key, Object... args) {
        return translator.translate(key, args);
    }

    /** The author changed the field {@code name}: its problems show from now on, and the draft is checked. */
    void changed(String name) {
        problems.touch(name);
        onChange.run();
    }

    void onChange(Runnable action) {
        this.onChange = action;
    }

    /** Asks for an image to insert into {@code area}, at its caret. */
    void requestImage(TextArea area) {
        imageRequest.accept(area);
    }

    void onImageRequest(Consumer<TextArea> action) {
        this.imageRequest = action;
    }
}
