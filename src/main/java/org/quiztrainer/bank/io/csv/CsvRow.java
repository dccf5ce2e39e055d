package org.quiztrainer.bank.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.csv.CsvValues.Separator;
import org.quiztrainer.bank.io.csv.CsvValues.Token;
import org.quiztrainer.bank.io.csv.CsvValues.Value;
import org.quiztrainer.bank.io.support.CategoryPath;

/** One data record of a question CSV, its cells by column and the values read from them. */
final class CsvRow {

    /** A cell that cannot be read: the problem key and its arguments. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        Bad(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile(",");

    final String id;
    final Where where;
    final String type;
    final LocalizedText text;
    final LocalizedText explanation;
    final String answer;
    final String choices;
    final List<String> topicPath;
    final List<String> tags;
    final String html;

    CsvRow(CsvColumns c, List<String> record, int line) {
        id = c.get(record, "id");
        where = id.isEmpty() ? Where.line(line) : new Where(line, id);
        type = c.get(record, "type").toLowerCase(Locale.ROOT);
        text = new LocalizedText(c.get(record, "text_zh"), c.get(record, "text_en"));
        explanation = new LocalizedText(c.get(record, "explain_zh"), c.get(record, "explain_en"));
        answer = c.get(record, "answer");
        choices = c.get(record, "choices");
        topicPath = CategoryPath.names(c.get(record, "topic"));
        List<String> t = new ArrayList<>();
        for (String tag : COMMA.split(c.get(record, "tags"), -1)) {
            if (!tag.isBlank()) {
                t.add(tag.strip());
            }
        }
        tags = List.copyOf(t);
        html = c.get(record, "html").toLowerCase(Locale.ROOT);
    }

    QuestionType questionType() throws Bad {
        return QuestionType.fromCode(type).orElseThrow(() -> new Bad("import.problem.csv.unknown-type", type));
    }

    boolean isHtml() throws Bad {
        return switch (html) {
            case "", "false", "0", "no" -> false;
            case "true", "1", "yes" -> true;
            default -> throw new Bad("import.problem.csv.bad-html", html);
        };
    }

    /** A value as a text of this row: one text is for each language the row is written in. */
    LocalizedText localized(Value v) {
        if (v.both()) {
            return new LocalizedText(v.zh(), v.en());
        }
        return new LocalizedText(text.hasZh() ? v.zh() : "", text.hasEn() ? v.en() : "");
    }

    /** The value of a cell or a list item; a problem when it has more than two sides or is empty. */
    LocalizedText value(List<Token> tokens, String column) throws Bad {
        Optional<Value> v = CsvValues.value(tokens);
        if (v.isEmpty()) {
            throw new Bad("import.problem.csv.too-many-languages", column);
        }
        LocalizedText t = localized(v.get());
        if (t.isEmpty()) {
            throw new Bad("import.problem.csv.empty", column);
        }
        return t;
    }

    /** The items of a list cell, each a value. */
    List<LocalizedText> values(String cell, String column) throws Bad {
        List<LocalizedText> out = new ArrayList<>();
        for (List<Token> item : CsvValues.split(CsvValues.tokens(cell), Separator.BAR)) {
            if (!CsvValues.text(item).isEmpty()) {
                out.add(value(item, column));
            }
        }
        return out;
    }
}
