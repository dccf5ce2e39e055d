package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionDraft;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.bank.ui.TopicTree;

/**
 * The fields of one question: its type, key, topic, tags and source, the question's text and explanation in the
 * bank's languages (plain or formatted), and the inputs of its type. Builds the loose draft the services check.
 */
@JavaScript("context://js/question-editor.js")
class QuestionForm extends Div {

    final Select<QuestionType> type = new Select<>();
    final TextField key = new TextField();
    final ComboBox<Topic> topic = new ComboBox<>();
    final TextField tags = new TextField();
    final TextField source = new TextField();
    final Checkbox formatted = new Checkbox();
    final TextPair text;
    final TextPair explanation;
    final ErrorLine general = new ErrorLine("form-error");
    private static final List<String> CONTENT_FIELDS =
            List.of("back", "choice", "truth", "accept", "number", "tolerance", "unit", "item", "pair", "cloze");
    private final Div contentSlot = new Div();
    private final EditorContext context;
    private final List<Unit> units;
    private final Locale locale;
    ContentEditor content;
    private Long baseVersion;

    QuestionForm(FieldLabels.Translator t, BankLanguages languages, TopicTree topics, List<Unit> units, Locale locale) {
        this.units = units;
        this.locale = locale;
        this.context = new EditorContext(languages, t, general);
        addClassName("question-form");
        FieldLabels labels = context.labels();
        type.setLabel(labels.label("type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(q -> t.translate("bank.type." + q.code()));
        type.addClassName("question-type");
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchType(e.getValue());
                context.changed("type");
            }
        });
        line(key, "key");
        key.setHelperText(t.translate("bank.edit.key-hint"));
        topic.setLabel(labels.label("topic"));
        topic.setItems(topics.inOrder());
        topic.setItemLabelGenerator(x -> topics.path(x, locale));
        topic.setPlaceholder(t.translate("bank.edit.top-level"));
        topic.setClearButtonVisible(true);
        topic.setManualValidation(true);
        topic.addClassName("question-topic");
        context.problems().register("topic", topic);
        topic.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed("topic");
            }
        });
        line(tags, "tags");
        tags.setHelperText(t.translate("bank.edit.tags-hint"));
        line(source, "source");
        formatted.setLabel(t.translate("bank.edit.formatted"));
        formatted.setHelperText(t.translate("bank.edit.formatted-hint"));
        formatted.addClassName("formatted");
        formatted.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                applyFormatted(e.getValue(), true);
                context.changed("text");
            }
        });
        text = new TextPair(context, "text", labels.label("text"), true);
        explanation = new TextPair(context, "explanation", labels.label("explanation"), true);
        contentSlot.addClassName("content-slot");
        Div meta = new Div(type, key, topic, tags, source);
        meta.addClassName("question-meta");
        add(general, meta, formatted, text, contentSlot, explanation);
    }

    private void line(TextField f, String name) {
        f.setLabel(context.labels().label(name));
        f.addClassName("question-" + name);
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.setManualValidation(true);
        context.problems().register(name, f);
        f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed(name);
            }
        });
    }

    EditorContext context() {
        return context;
    }

    /** Empties the form for a new question of a type, in a topic (null for the top level). */
    void startNew(QuestionType questionType, Topic in) {
        baseVersion = null;
        context.problems().reset();
        type.setReadOnly(false);
        type.setValue(questionType);
        key.setValue("");
        topic.setValue(in);
        tags.setValue("");
        source.setValue("");
        text.setValue(LocalizedText.EMPTY);
        explanation.setValue(LocalizedText.EMPTY);
        formatted.setValue(false);
        switchType(questionType);
        applyFormatted(false, false);
    }

    /** Shows a stored question (or a copy of one): its fields, and the version a save names. */
    void load(QuestionDraft d, Topic in, boolean stored) {
        baseVersion = d.baseVersion();
        context.problems().reset();
        type.setValue(d.type());
        type.setReadOnly(stored);
        key.setValue(d.key());
        topic.setValue(in);
        tags.setValue(String.join(", ", d.tags()));
        source.setValue(d.source());
        text.setValue(d.text());
        explanation.setValue(d.explanation());
        formatted.setValue(d.html());
        switchType(d.type());
        content.load(d.content());
        applyFormatted(d.html(), false);
    }

    /** What is typed, as a draft the services check and save. */
    QuestionDraft draft() {
        List<String> tagList = Arrays.stream(tags.getValue().split("[,，、;；]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new QuestionDraft(
                key.getValue(),
                topic.getValue() == null ? "" : topic.getValue().id(),
                List.of(),
                tagList,
                source.getValue(),
                text.value(),
                explanation.value(),
                content.draft(),
                formatted.getValue(),
                baseVersion);
    }

    private void switchType(QuestionType to) {
        ContentDraft before = content == null ? null : content.draft();
        for (String name : CONTENT_FIELDS) {
            context.problems().forget(name);
        }
        content = switch (to) {
            case FLASHCARD -> new FlashcardEditor(context);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new ChoicesEditor(context, to == QuestionType.MULTIPLE_CHOICE);
            case TRUE_FALSE -> new TrueFalseEditor(context);
            case SHORT_ANSWER -> new ShortAnswerEditor(context);
            case NUMERIC -> new NumericEditor(context, units, locale);
            case ORDERING -> new OrderingEditor(context);
            case MATCHING -> new MatchingEditor(context);
            case CLOZE -> new ClozeEditor(context, text);
        };
        if (before != null
                && !before.choices().isEmpty()
                && (to == QuestionType.SINGLE_CHOICE || to == QuestionType.MULTIPLE_CHOICE)) {
            content.load(ContentDraft.choices(to == QuestionType.MULTIPLE_CHOICE, before.choices()));
        }
        for (String lang : new String[] {"zh", "en"}) {
            text.input(lang).getElement().setAttribute("data-cloze", Boolean.toString(to == QuestionType.CLOZE));
        }
        contentSlot.removeAll();
        contentSlot.add(content.component());
        content.setFormatted(formatted.getValue(), false);
    }

    private void applyFormatted(boolean on, boolean convert) {
        text.setFormatted(on, convert);
        explanation.setFormatted(on, convert);
        content.setFormatted(on, convert);
    }
}
