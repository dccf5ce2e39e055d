package org.quiztrainer.bank.io.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.gift.GiftAnswers.Answer;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.QuestionDraft;
import org.quiztrainer.bank.io.support.QuestionDraft.Content;

/** The content of each GIFT question type (see {@link GiftQuestions}). */
final class GiftChoices {

    private GiftChoices() {}

    /**
     * Multiple choice: with an {@code =} answer it is single-answer (the {@code =} answer is right, weighted
     * answers count as wrong, with a note); without, every answer of positive weight is right (multiple
     * answers, Moodle's weights summing to 100). Without any right answer Moodle still imports the question
     * (it only warns that the weights do not add up); it has no equivalent here and is skipped.
     */
    static Optional<Content> multichoice(GiftParser.Question q, QuestionDraft d) throws ImportLimitException {
        List<Answer> answers = GiftAnswers.choices(q.answers(), q.text().kind());
        if (answers.size() < 2) {
            return d.problem("import.problem.gift.too-few-answers", 2);
        }
        if (answers.stream().anyMatch(a -> a.text().isEmpty())) {
            return d.problem("import.problem.gift.empty-answer");
        }
        for (Answer a : answers) {
            d.part(a.text());
            d.feedback(a.text(), a.feedback());
        }
        boolean single = q.answers().indexOf('=') >= 0;
        if (single) {
            long right = answers.stream()
                    .filter(a -> GiftQuestions.isOne(a.fraction()))
                    .count();
            if (right == 0) {
                return d.skip("import.skip.gift.no-right-answer");
            }
            if (right > 1) {
                return d.skip("import.skip.gift.several-right-answers");
            }
            if (answers.stream().anyMatch(a -> a.fraction().signum() > 0 && !GiftQuestions.isOne(a.fraction()))) {
                d.note("import.note.gift.partial-credit");
            }
            return Optional.of((r, side) -> new QuestionContent.SingleChoice(answers.stream()
                    .map(a -> new QuestionContent.Choice(
                            side.text(r.render(a.text())), GiftQuestions.isOne(a.fraction())))
                    .toList()));
        }
        if (answers.stream().noneMatch(a -> a.fraction().signum() > 0)) {
            return d.skip("import.skip.gift.no-right-answer");
        }
        return Optional.of((r, side) -> new QuestionContent.MultipleChoice(answers.stream()
                .map(a -> new QuestionContent.Choice(
                        side.text(r.render(a.text())), a.fraction().signum() > 0))
                .toList()));
    }

    /** True/false ({@code T}, {@code TRUE}, {@code F}, {@code FALSE}), with the feedback of each answer. */
    static Optional<Content> trueFalse(GiftParser.Question q, QuestionDraft d) {
        List<FormattedText> bits = GiftAnswers.trueFalse(q.answers(), q.text().kind());
        boolean answer = bits.get(0).text().startsWith("T");
        d.feedback(answer, bits.get(2));
        d.feedback(!answer, bits.get(1));
        return Optional.of((r, side) -> new QuestionContent.TrueFalse(answer));
    }

    /** Short answer: the answers of full weight are accepted; weighted and {@code *} answers are left out. */
    static Optional<Content> shortAnswer(GiftParser.Question q, QuestionDraft d) throws ImportLimitException {
        List<Answer> answers = GiftAnswers.shortAnswers(q.answers(), q.text().kind());
        List<String> accepted = answers.stream()
                .filter(a -> GiftQuestions.isOne(a.fraction()))
                .map(a -> a.text().text())
                .filter(t -> !t.isEmpty() && !t.equals("*"))
                .toList();
        if (answers.stream().anyMatch(a -> !GiftQuestions.isOne(a.fraction()))) {
            d.note("import.note.gift.partial-credit");
        }
        if (answers.stream().anyMatch(a -> a.text().text().equals("*"))) {
            d.note("import.note.gift.wildcard");
        }
        for (Answer a : answers) {
            d.feedback(a.text(), a.feedback());
        }
        if (accepted.isEmpty()) {
            return d.skip("import.skip.gift.no-full-answer");
        }
        accepted.forEach(d::plain);
        return Optional.of((r, side) -> side.accept(accepted));
    }

    /**
     * Numerical: the first answer of full weight, with its tolerance (as Moodle, which compares with
     * {@code |tolerance|}, a negative one counts as positive); other answers are left out.
     */
    static Optional<Content> numerical(GiftParser.Question q, QuestionDraft d) throws ImportLimitException {
        Optional<List<GiftAnswers.NumberAnswer>> parsed =
                GiftAnswers.numbers(q.answers(), q.text().kind());
        if (parsed.isEmpty()) {
            return d.problem("import.problem.gift.not-a-number");
        }
        List<GiftAnswers.NumberAnswer> numbers = parsed.get();
        Optional<GiftAnswers.NumberAnswer> full = numbers.stream()
                .filter(n -> n.value() != null && GiftQuestions.isOne(n.fraction()))
                .findFirst();
        for (GiftAnswers.NumberAnswer n : numbers) {
            String label =
                    n.value() == null ? "*" : n.value().stripTrailingZeros().toPlainString();
            d.feedback(new FormattedText(label, FormattedText.Kind.PLAIN), n.feedback());
        }
        if (full.isEmpty()) {
            return numbers.stream().anyMatch(n -> n.value() != null)
                    ? d.skip("import.skip.gift.no-full-answer")
                    : d.problem("import.problem.gift.not-a-number");
        }
        long others = numbers.stream().filter(n -> n.value() != null).count() - 1;
        if (others > 0) {
            d.note("import.note.gift.other-numbers", others);
        }
        BigDecimal value = full.get().value();
        BigDecimal tolerance = full.get().tolerance().abs();
        return Optional.of((r, side) -> new QuestionContent.Numeric(value, tolerance, null));
    }

    /**
     * Matching: pairs {@code =left -> right}; a pair without a left side is a distractor, left out with a
     * note. Pairs whose right sides are {@code 1, 2, ... n} in order are an ordering when a comment marks the
     * question {@code // [ordering]} (as the writer writes one, GIFT having no ordering); without it they are
     * a matching, as Moodle imports them.
     */
    static Optional<Content> matching(GiftParser.Question q, QuestionDraft d) throws ImportLimitException {
        Optional<List<Answer>> parsed = GiftAnswers.pairs(q.answers(), q.text().kind());
        if (parsed.isEmpty()) {
            return d.problem("import.problem.gift.pair-without-arrow");
        }
        if (parsed.get().size() < 2) {
            return d.problem("import.problem.gift.too-few-answers", 2);
        }
        List<Answer> pairs =
                parsed.get().stream().filter(a -> !a.text().isEmpty()).toList();
        int distractors = parsed.get().size() - pairs.size();
        if (distractors > 0) {
            d.note("import.note.gift.distractors", distractors);
        }
        if (pairs.size() < 2) {
            return d.skip("import.skip.gift.too-few-pairs");
        }
        if (pairs.stream().anyMatch(a -> a.right().isEmpty())) {
            return d.problem("import.problem.gift.empty-answer");
        }
        pairs.forEach(a -> d.part(a.text()));
        boolean ordering = q.ordering()
                && IntStream.range(0, pairs.size())
                        .allMatch(i -> pairs.get(i).right().equals(Integer.toString(i + 1)));
        if (ordering) {
            d.note("import.note.gift.ordering");
            return Optional.of((r, side) -> new QuestionContent.Ordering(
                    pairs.stream().map(a -> side.text(r.render(a.text()))).toList()));
        }
        pairs.forEach(a -> d.plain(a.right()));
        return Optional.of((r, side) -> new QuestionContent.Matching(pairs.stream()
                .map(a -> new QuestionContent.MatchPair(side.text(r.render(a.text())), side.text(r.plain(a.right()))))
                .toList()));
    }
}
