package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.parse.FactGenerator.Generated;

/**
 * {@code answer-in-prompt}: the question must not give its answer away: the number of a numeric
 * question ({@code "(in billions, e.g. 175B)"} when the answer is 175), an accepted answer of a short
 * answer, or the correct choice of a single choice when no wrong choice is named too (one finding per
 * question, for the first language that gives it away). An error where
 * the author wrote it (a hand-written text, or a template's own words); a warning where a generated
 * question's filled-in value holds it ({@code GPT-NeoX-20B} asked for its size, {@code Flan-T5} for its
 * base model): the name is the model's, so the question stands, but it is easy.
 */
final class AnswerInPromptRule implements LintRule {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    @Override
    public String id() {
        return "answer-in-prompt";
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (Question q : input.bank().questions()) {
            Optional<Generated> source = input.source(q.id());
            for (boolean zh : new boolean[] {true, false}) {
                String text = zh ? q.text().zh() : q.text().en();
                Optional<String> given = givenAway(q, text);
                if (given.isEmpty()) {
                    continue;
                }
                if (source.isEmpty()) {
                    out.add(Finding.error(id(), q.origin(), q.id(), reason(given.get(), zh)));
                    break;
                }
                LocalizedText pattern =
                        source.get().template().text(source.get().caveats());
                String literal =
                        PLACEHOLDER.matcher(zh ? pattern.zh() : pattern.en()).replaceAll(" ");
                if (givenAway(q, literal).isPresent()) {
                    out.add(Finding.error(
                            id(),
                            q.origin(),
                            q.id(),
                            reason(given.get(), zh) + " in the words of template "
                                    + source.get().template().id()));
                } else {
                    out.add(Finding.warning(
                            id(),
                            q.origin(),
                            q.id(),
                            reason(given.get(), zh) + " through the filled-in value (the model's name)"));
                }
                break;
            }
        }
        return out;
    }

    private static String reason(String answer, boolean zh) {
        return "text." + (zh ? "zh" : "en") + " gives the answer away: it contains '" + answer + "'";
    }

    /** The answer that {@code text} contains, if it gives one away. */
    static Optional<String> givenAway(Question q, String text) {
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Numeric n) {
            String number = n.answer().stripTrailingZeros().toPlainString();
            return containsNumber(text, number) ? Optional.of(number) : Optional.empty();
        }
        if (c instanceof QuestionContent.ShortAnswer s) {
            List<String> all = new ArrayList<>(s.acceptZh());
            all.addAll(s.acceptEn());
            return all.stream().filter(a -> containsTerm(text, a)).findFirst();
        }
        if (c instanceof QuestionContent.SingleChoice s) {
            boolean wrongNamed = s.choices().stream()
                    .filter(ch -> !ch.correct())
                    .anyMatch(ch -> containsTerm(text, ch.text().zh())
                            || containsTerm(text, ch.text().en()));
            if (wrongNamed) {
                return Optional.empty();
            }
            return s.choices().stream()
                    .filter(QuestionContent.Choice::correct)
                    .flatMap(ch ->
                            java.util.stream.Stream.of(ch.text().zh(), ch.text().en()))
                    .filter(t -> containsTerm(text, t))
                    .findFirst();
        }
        return Optional.empty();
    }

    /** Whether {@code number} stands in {@code text} as a number of its own (not inside 1750 or 1.75). */
    static boolean containsNumber(String text, String number) {
        return text.contains(number)
                && Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?!\\d|\\.\\d)")
                        .matcher(text)
                        .find();
    }

    /** Whether {@code term} stands in {@code text} as a word of its own (for Chinese, anywhere). */
    static boolean containsTerm(String text, String term) {
        String t = term.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return text.contains(t);
        }
        if (!text.toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}]|\\.\\d)",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .find();
    }
}
