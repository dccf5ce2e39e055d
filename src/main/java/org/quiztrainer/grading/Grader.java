package org.quiztrainer.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * Grades an answer against its key. Pure: the same key, response and context always give the same
 * grade; nothing is read from a clock or stored. The rules and their formulas are in the
 * {@linkplain org.quiztrainer.grading package description}; the rating rule is in {@link GradeContext}.
 * Typed input longer than {@value #MAX_INPUT_LENGTH} characters, blank, or unreadable is graded wrong
 * with a {@link Feedback.Invalid} reason, never thrown.
 */
public final class Grader {

    /** The longest typed answer read, in characters; a longer one is graded wrong as too long. */
    public static final int MAX_INPUT_LENGTH = 500;

    private Grader() {}

    /**
     * The form in which typed answers are compared: two texts with the same match key are one answer
     * ({@code "GPT-3"}, {@code "gpt 3"}, {@code "ＧＰＴ３"}). For authors' tools that check accept lists.
     */
    public static String matchKey(String text) {
        return TextNormaliser.matchKey(text);
    }

    /**
     * Grades {@code response} against {@code key}.
     *
     * @throws IllegalArgumentException if the response is for another kind of question than the key
     *         (a bug in the caller, not something a learner can do)
     */
    public static Grade grade(AnswerKey key, Response response, GradeContext context) {
        Checks.notNull(key, "key");
        Checks.notNull(response, "response");
        Checks.notNull(context, "context");
        Marked marked = mark(key, response);
        return new Grade(marked.score(), marked.feedback(), context.suggest(marked.score(), marked.typoForgiven()));
    }

    private static Marked mark(AnswerKey key, Response response) {
        if (key instanceof AnswerKey.ChoiceKey k && response instanceof Response.Choices r) {
            return ChoiceGrading.grade(k, r);
        }
        if (key instanceof AnswerKey.TrueFalseKey k && response instanceof Response.TrueFalse r) {
            return ChoiceGrading.grade(k, r);
        }
        if (key instanceof AnswerKey.ShortAnswerKey k && response instanceof Response.Text r) {
            return tooLong(r.text()) ? tooLongMark(r.text()) : TextGrading.grade(k, r.text());
        }
        if (key instanceof AnswerKey.NumericKey k && response instanceof Response.NumberText r) {
            return tooLong(r.text()) ? tooLongMark(r.text()) : NumericGrading.grade(k, r.text());
        }
        if (key instanceof AnswerKey.OrderingKey k && response instanceof Response.Order r) {
            return ArrangementGrading.grade(k, r);
        }
        if (key instanceof AnswerKey.MatchingKey k && response instanceof Response.Pairs r) {
            return ArrangementGrading.grade(k, r);
        }
        if (key instanceof AnswerKey.ClozeKey k && response instanceof Response.Blanks r) {
            return blanks(k, r);
        }
        throw new IllegalArgumentException("a " + response.getClass().getSimpleName() + " response does not answer a "
                + key.getClass().getSimpleName());
    }

    /**
     * A cloze card: each blank is graded as a short answer; with {@code n} blanks and {@code s_i} the score of
     * blank {@code i}, {@code score = (s_1 + ... + s_n) / n}.
     */
    private static Marked blanks(AnswerKey.ClozeKey key, Response.Blanks response) {
        List<Feedback> each = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        boolean typo = false;
        double sum = 0;
        for (int i = 0; i < key.blanks().size(); i++) {
            String typed = i < response.typed().size() ? response.typed().get(i) : "";
            Marked m = tooLong(typed)
                    ? tooLongMark(typed)
                    : TextGrading.grade(key.blanks().get(i), typed);
            each.add(m.feedback());
            scores.add(m.score());
            sum += m.score();
            typo |= m.typoForgiven();
        }
        return new Marked(sum / key.blanks().size(), new Feedback.Blanks(each, scores), typo);
    }

    private static boolean tooLong(String text) {
        return text.length() > MAX_INPUT_LENGTH && text.codePointCount(0, text.length()) > MAX_INPUT_LENGTH;
    }

    private static Marked tooLongMark(String text) {
        return Marked.invalid(
                Problem.TOO_LONG,
                "the answer has " + text.codePointCount(0, text.length()) + " characters; at most " + MAX_INPUT_LENGTH
                        + " are read");
    }
}
