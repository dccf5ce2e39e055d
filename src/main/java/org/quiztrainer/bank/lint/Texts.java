package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.Template;

/** The texts of a question or template in one language, each named by its field, for the rules to read. */
final class Texts {

    private Texts() {}

    /** A text and the field it is in ({@code text.zh}, {@code choice 2.en}). */
    record Text(String field, String value) {}

    /** Every displayed text of a question in one language (not the accept lists, which are compared, not shown). */
    static List<Text> of(Question q, boolean zh) {
        String lang = zh ? "zh" : "en";
        Function<LocalizedText, String> in = t -> zh ? t.zh() : t.en();
        List<Text> out = new ArrayList<>();
        out.add(new Text("text." + lang, in.apply(q.text())));
        out.add(new Text("explain." + lang, in.apply(q.explanation())));
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Flashcard f) {
            out.add(new Text("back." + lang, in.apply(f.back())));
        } else if (c instanceof QuestionContent.SingleChoice s) {
            choices(s.choices(), lang, in, out);
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            choices(m.choices(), lang, in, out);
        } else if (c instanceof QuestionContent.Ordering o) {
            for (int i = 0; i < o.items().size(); i++) {
                out.add(new Text(
                        "item " + (i + 1) + "." + lang, in.apply(o.items().get(i))));
            }
        } else if (c instanceof QuestionContent.Matching m) {
            for (int i = 0; i < m.pairs().size(); i++) {
                out.add(new Text(
                        "pair " + (i + 1) + "." + lang,
                        in.apply(m.pairs().get(i).left())));
                out.add(new Text(
                        "pair " + (i + 1) + "." + lang,
                        in.apply(m.pairs().get(i).right())));
            }
        }
        out.removeIf(t -> t.value().isEmpty());
        return out;
    }

    /** The authored texts of a template in one language: its text, explanation and every variant. */
    static List<Text> of(Template t, boolean zh) {
        String lang = zh ? "zh" : "en";
        Function<LocalizedText, String> in = x -> zh ? x.zh() : x.en();
        List<Text> out = new ArrayList<>();
        out.add(new Text("text." + lang, in.apply(t.text())));
        out.add(new Text("explain." + lang, in.apply(t.explanation())));
        t.variants().forEach((key, text) -> out.add(new Text("text." + key + "." + lang, in.apply(text))));
        t.variantExplanations()
                .forEach((key, text) -> out.add(new Text("explain." + key + "." + lang, in.apply(text))));
        return out;
    }

    private static void choices(
            List<QuestionContent.Choice> choices, String lang, Function<LocalizedText, String> in, List<Text> out) {
        for (int i = 0; i < choices.size(); i++) {
            out.add(new Text(
                    "choice " + (i + 1) + "." + lang, in.apply(choices.get(i).text())));
        }
    }

    /** Whether a character is Han (or CJK punctuation and full-width forms, which belong to Chinese text). */
    static boolean isChinese(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || isFullWidthPunctuation(cp);
    }

    /** Whether a text holds a Han character. */
    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * Whether a character is CJK punctuation ({@code 。、「」}, U+3000 to U+303F) or a full-width
     * punctuation form ({@code ，？：；！（）}); full-width letters and digits are not punctuation.
     */
    static boolean isFullWidthPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF01 && cp <= 0xFF0F)
                || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40)
                || (cp >= 0xFF5B && cp <= 0xFF65);
    }

    /** A short quote of {@code text} around index {@code at}, for a reason. */
    static String around(String text, int at) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + 12);
        return "'" + (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "") + "'";
    }
}
