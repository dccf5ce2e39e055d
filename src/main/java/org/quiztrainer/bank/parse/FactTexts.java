package org.quiztrainer.bank.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.Template;

/**
 * The texts of a generated question: the template's text and explanation for the rows' caveats, with
 * the placeholders filled in, and the rows' notes appended to the explanation unless the template
 * places them itself. What the generator adds of its own follows each language's punctuation: a note of
 * one row in a pair or group is headed {@code CodeGen2: …} in English and {@code CodeGen2：…} in Chinese.
 */
final class FactTexts {

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private FactTexts() {}

    /**
     * The question {@code id} of template {@code t} over {@code rows}.
     *
     * @param values   the placeholder values, for both languages
     * @param zhValues values that differ in Chinese (they replace those of {@code values} there)
     */
    static Question question(
            Template t,
            String id,
            Map<String, String> values,
            Map<String, String> zhValues,
            List<ModelFact> rows,
            Set<String> caveats,
            QuestionContent content) {
        boolean several = rows.size() > 1;
        Map<String, String> en = new HashMap<>(values);
        en.put("notes_zh", notes(rows, ModelFact::noteZh, several, "：", ""));
        en.put("notes_en", notes(rows, ModelFact::noteEn, several, ": ", " "));
        Map<String, String> zh = new HashMap<>(en);
        zh.putAll(zhValues);
        LocalizedText pattern = t.text(caveats);
        LocalizedText explanation = t.explanation(caveats);
        LocalizedText text = new LocalizedText(fill(pattern.zh(), zh), fill(pattern.en(), en));
        String explainZh = fill(explanation.zh(), zh);
        String explainEn = fill(explanation.en(), en);
        if (!explanation.zh().contains("note_zh}") && !explanation.zh().contains("{notes_zh}")) {
            explainZh = (explainZh + zh.get("notes_zh")).strip();
        }
        if (!explanation.en().contains("note_en}") && !explanation.en().contains("{notes_en}")) {
            explainEn = (explainEn + " " + en.get("notes_en")).strip();
        }
        List<String> tags = t.tags().stream().map(tag -> fill(tag, en)).toList();
        return new Question(
                id,
                fill(t.topic(), en),
                tags,
                t.source(),
                text,
                new LocalizedText(explainZh, explainEn),
                content,
                t.origin());
    }

    /** The rows' notes, each headed by its row's name when there are several rows. */
    private static String notes(
            List<ModelFact> rows, Function<ModelFact, String> note, boolean named, String colon, String between) {
        return rows.stream()
                .filter(r -> !note.apply(r).isEmpty())
                .map(r -> named ? r.name() + colon + note.apply(r) : note.apply(r))
                .collect(Collectors.joining(between));
    }

    private static String fill(String pattern, Map<String, String> values) {
        String out = pattern;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
