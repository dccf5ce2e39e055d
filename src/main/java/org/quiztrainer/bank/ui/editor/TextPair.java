package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.RichText;

/**
 * One text of a question in the bank's languages: a Chinese and an English input, only those the bank is written
 * in. Registered for problems as {@code <name>.zh} and {@code <name>.en}. A multi-line text gets the formatting bar
 * while the question is formatted.
 */
class TextPair extends Div {

    private final List<TextFieldBase<?, String>> inputs = new ArrayList<>();
    private final List<FormatBar> bars = new ArrayList<>();
    private final TextFieldBase<?, String> zh;
    private final TextFieldBase<?, String> en;
    private final EditorContext context;
    private boolean formatted;

    /**
     * @param name      the field's name for problems ({@code text}, {@code choice.2})
     * @param label     the field's label without its language
     * @param multiLine a text area (with the formatting bar) rather than a one-line field
     */
    TextPair(EditorContext context, String name, String label, boolean multiLine) {
        this.context = context;
        addClassNames("text-pair", multiLine ? "text-pair-multi" : "text-pair-single");
        zh = input(name, "zh", label, multiLine);
        en = input(name, "en", label, multiLine);
        zh.setVisible(context.languages().needsZh());
        en.setVisible(context.languages().needsEn());
    }

    private TextFieldBase<?, String> input(String name, String lang, String label, boolean multiLine) {
        TextFieldBase<?, String> field = multiLine ? new TextArea() : new TextField();
        field.setLabel(context.labels().withLanguage(label, lang));
        field.addClassName("text-" + lang);
        field.getElement().setAttribute("lang", lang.equals("zh") ? "zh-CN" : "en");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        if (field instanceof TextArea area) {
            area.setManualValidation(true);
            area.setMinRows(2);
        } else if (field instanceof TextField line) {
            line.setManualValidation(true);
        }
        String fieldName = name + "." + lang;
        context.problems().register(fieldName, field);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed(fieldName);
            }
        });
        inputs.add(field);
        if (multiLine) {
            FormatBar bar = new FormatBar((TextArea) field, context);
            bars.add(bar);
            add(bar);
        }
        add(field);
        return field;
    }

    /** The text as typed (the side of a language the bank lacks is empty). */
    LocalizedText value() {
        return new LocalizedText(
                context.languages().needsZh() ? zh.getValue() : "",
                context.languages().needsEn() ? en.getValue() : "");
    }

    void setValue(LocalizedText text) {
        zh.setValue(text.zh());
        en.setValue(text.en());
    }

    /**
     * Switches between plain and formatted text, converting what is typed: plain text is escaped (a {@code <} stays
     * a {@code <}), a formatted text loses its markup.
     */
    void setFormatted(boolean on, boolean convert) {
        if (on == formatted) {
            return;
        }
        formatted = on;
        bars.forEach(b -> b.setVisible(on));
        if (convert) {
            for (TextFieldBase<?, String> f : inputs) {
                f.setValue(on ? escape(f.getValue()) : RichText.plain(f.getValue()));
            }
        }
    }

    /** The input of a language ({@code zh} or {@code en}). */
    TextFieldBase<?, String> input(String lang) {
        return lang.equals("zh") ? zh : en;
    }

    /** Puts the keyboard focus on the first input shown. */
    void focus() {
        (zh.isVisible() ? zh : en).focus();
    }

    static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
