package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.parse.FactGenerator.Generated;
import org.quiztrainer.bank.parse.Giveaway;

/**
 * {@code answer-in-prompt}: the question must not give its answer away: the number of a numeric
 * question ({@code "(in billions, e.g. 175B)"} when the answer is 175), an accepted answer of a short
 * answer, or the correct choice of a single choice when no wrong choice is named too (one finding per
 * question, for the first language that gives it away; terms are found as {@link Giveaway} finds
 * them, {@code BLOOM} in {@code BLOOMZ}). Always an error: in a hand-written text, in a template's own
 * words, or through a value a template fills in. The generator already makes no question whose answer
 * the model's own name holds (GPT-NeoX-20B's size, Flan-T5's base model), so a generated question can
 * only give its answer away through what its template chose to show.
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
                String where = givenAway(q, literal).isPresent()
                        ? " in the words of template " + source.get().template().id()
                        : " through a value that template "
                                + source.get().template().id() + " fills in";
                out.add(Finding.error(id(), q.origin(), q.id(), reason(given.get(), zh) + where));
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
            return Giveaway.containsNumber(text, number) ? Optional.of(number) : Optional.empty();
        }
        if (c instanceof QuestionContent.ShortAnswer s) {
            List<String> all = new ArrayList<>(s.acceptZh());
            all.addAll(s.acceptEn());
            return all.stream().filter(a -> Giveaway.containsTerm(text, a)).findFirst();
        }
        if (c instanceof QuestionContent.SingleChoice s) {
            boolean wrongNamed = s.choices().stream()
                    .filter(ch -> !ch.correct())
                    .anyMatch(ch -> Giveaway.containsTerm(text, ch.text().zh())
                            || Giveaway.containsTerm(text, ch.text().en()));
            if (wrongNamed) {
                return Optional.empty();
            }
            return s.choices().stream()
                    .filter(QuestionContent.Choice::correct)
                    .flatMap(ch ->
                            java.util.stream.Stream.of(ch.text().zh(), ch.text().en()))
                    .filter(t -> Giveaway.containsTerm(text, t))
                    .findFirst();
        }
        return Optional.empty();
    }
}
