package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import org.quiztrainer.bank.ContentDraft;

/**
 * The accepted answers of a short answer question, one per line in each language of the bank. A learner's answer
 * counts when it matches one of them, ignoring case, spaces and punctuation; one typo is forgiven.
 */
final class ShortAnswerEditor implements ContentEditor {

    private final Div box = new Div();
    private final TextArea zh;
    private final TextArea en;
    private final EditorContext context;

    ShortAnswerEditor(EditorContext context) {
        this.context = context;
        box.addClassName("accept-editor");
        zh = area("zh");
        en = area("en");
        zh.setVisible(context.languages().needsZh());
        en.setVisible(context.languages().needsEn());
        box.add(zh, en);
    }

    private TextArea area(String lang) {
        String name = "accept." + lang;
        TextArea a = new TextArea(context.labels().label(name));
        a.setHelperText(context.t("bank.edit.accept-hint"));
        a.addClassName("accept-" + lang);
        a.getElement().setAttribute("lang", lang.equals("zh") ? "zh-CN" : "en");
        a.setValueChangeMode(ValueChangeMode.LAZY);
        a.setManualValidation(true);
        a.setWidthFull();
        context.problems().register(name, a);
        a.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed(name);
            }
        });
        return a;
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public ContentDraft draft() {
        return ContentDraft.shortAnswer(
                context.languages().needsZh() ? lines(zh.getValue()) : List.of(),
                context.languages().needsEn() ? lines(en.getValue()) : List.of());
    }

    @Override
    public void load(ContentDraft draft) {
        zh.setValue(String.join("\n", draft.acceptZh()));
        en.setValue(String.join("\n", draft.acceptEn()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
