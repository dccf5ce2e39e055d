package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;

/**
 * {@code known-error}: a hand-written question teaches, as its answer, a claim of the article or the
 * survey that the primary source contradicts ({@code questions/facts/SOURCES.md} lists them). A claim is
 * a set of terms that all appear in one answer-bearing statement, in either language: the question with
 * its flashcard back, with its correct choices, or with its accepted answers; a true statement of a
 * true/false question; one matching pair. Explanations, wrong choices and false statements may name the
 * error (to say why it is one).
 */
final class KnownErrorRule implements LintRule {

    /** A known error: the terms that state it together, and what is true instead. */
    record Erratum(List<String> terms, String correction) {}

    static final List<Erratum> ERRATA = List.of(new Erratum(
            List.of("BookCorpus", "GPT-2"),
            "the survey (§3.2) lists GPT-2 among BookCorpus's users, but GPT-2 was trained on WebText"
                    + " (Radford et al. 2019, §2.1)"));

    @Override
    public String id() {
        return "known-error";
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (Question q : input.handWritten()) {
            for (boolean zh : new boolean[] {true, false}) {
                for (String claim : claims(q, zh)) {
                    for (Erratum e : ERRATA) {
                        if (e.terms().stream().allMatch(term -> mentions(claim, term))) {
                            out.add(Finding.error(
                                    id(),
                                    q.origin(),
                                    q.id(),
                                    "teaches " + String.join(" + ", e.terms()) + " as right: " + e.correction()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The statements a question presents as true, in one language. */
    private static List<String> claims(Question q, boolean zh) {
        String text = in(q.text(), zh);
        List<String> out = new ArrayList<>();
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Flashcard f) {
            out.add(text + " " + in(f.back(), zh));
        } else if (c instanceof QuestionContent.SingleChoice s) {
            correct(text, s.choices(), zh, out);
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            correct(text, m.choices(), zh, out);
        } else if (c instanceof QuestionContent.TrueFalse t && t.answer()) {
            out.add(text);
        } else if (c instanceof QuestionContent.ShortAnswer s) {
            (zh ? s.acceptZh() : s.acceptEn()).forEach(a -> out.add(text + " " + a));
        } else if (c instanceof QuestionContent.Matching m) {
            m.pairs().forEach(p -> out.add(in(p.left(), zh) + " " + in(p.right(), zh)));
        }
        return out;
    }

    private static void correct(String text, List<QuestionContent.Choice> choices, boolean zh, List<String> out) {
        choices.stream().filter(QuestionContent.Choice::correct).forEach(ch -> out.add(text + " " + in(ch.text(), zh)));
    }

    private static String in(LocalizedText t, boolean zh) {
        return zh ? t.zh() : t.en();
    }

    /** Whether {@code text} names {@code term} as a whole: {@code GPT-2}, not {@code GPT-20}. */
    private static boolean mentions(String text, String term) {
        return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(term) + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE)
                .matcher(text)
                .find();
    }
}
