package org.quiztrainer.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.GradeContext;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.grading.Response;
import org.quiztrainer.study.AnswerKeys;

/**
 * The demo class's quizzes: which questions they ask (single and multiple choice and true/false, so that
 * every answer can be simulated as right or wrong), and the response a simulated learner gives. One question in
 * four of each quiz (the second, sixth, ...) is tricky: a learner who remembers the answer still slips on it with
 * probability 0.5 (0.05 on the others), so that item analysis always has hard questions beside easy ones. A learner who does not remember guesses: a true/false or single-choice guess may be right, a
 * multiple-choice one misses one right choice and ticks a wrong one (partial credit).
 */
final class DemoQuizzes {

    /** Questions per quiz. */
    static final int SIZE = 8;

    /**
     * A quiz of the demo class.
     *
     * @param title      its title
     * @param topics     the topics its questions come from
     * @param opensDays  days before now it opens (negative: in the future)
     * @param closesDays days before now it closes (negative: in the future)
     */
    record Quiz(String title, List<String> topics, int opensDays, int closesDays) {}

    static final List<Quiz> QUIZZES = List.of(
            new Quiz("Quiz 1 · AIGC and training 小测一", List.of("aigc-llm", "training"), 45, 38),
            new Quiz("Quiz 2 · RNN and Transformer 小测二", List.of("rnn", "transformer"), 17, 10),
            new Quiz("Quiz 3 · Kinds of language models 小测三", List.of("model-kinds", "history"), 2, -5));

    private DemoQuizzes() {}

    /** The first {@link #SIZE} questions of the topics, in study order, that a simulated learner can answer. */
    static List<String> questions(List<String> studyOrder, Map<String, Question> bank, List<String> topics) {
        List<String> out = new ArrayList<>();
        for (String id : studyOrder) {
            Question q = bank.get(id);
            if (q != null && topics.contains(q.topicId()) && answerable(q) && out.size() < SIZE) {
                out.add(id);
            }
        }
        return out;
    }

    static boolean answerable(Question q) {
        return q.content() instanceof QuestionContent.SingleChoice
                || q.content() instanceof QuestionContent.MultipleChoice
                || q.content() instanceof QuestionContent.TrueFalse;
    }

    /** The response of a learner who does (or does not) remember the answer. */
    static Response response(Question q, boolean recalled, boolean tricky, SplittableRandom random) {
        boolean right = recalled && random.nextDouble() >= (tricky ? 0.5 : 0.05);
        if (q.content() instanceof QuestionContent.TrueFalse tf) {
            return new Response.TrueFalse((right || (!recalled && random.nextBoolean())) == tf.answer());
        }
        List<QuestionContent.Choice> choices = q.content() instanceof QuestionContent.SingleChoice s
                ? s.choices()
                : ((QuestionContent.MultipleChoice) q.content()).choices();
        Set<Integer> key = new TreeSet<>();
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct()) {
                key.add(i);
            } else {
                wrong.add(i);
            }
        }
        if (right || wrong.isEmpty()) {
            return new Response.Choices(key);
        }
        if (q.content() instanceof QuestionContent.SingleChoice) {
            return Response.Choices.of(random.nextInt(choices.size()));
        }
        int wrongPick = wrong.get(random.nextInt(wrong.size()));
        Set<Integer> ticked = new TreeSet<>(key);
        if (ticked.size() > 1) {
            ticked.remove(List.copyOf(ticked).get(random.nextInt(ticked.size())));
        }
        ticked.add(wrongPick);
        return new Response.Choices(ticked);
    }

    /** The tricky quarter of a quiz's questions: those at positions 1, 5, 9, ... of its list. */
    static Set<String> tricky(List<String> quizQuestions) {
        Set<String> out = new TreeSet<>();
        for (int i = 1; i < quizQuestions.size(); i += 4) {
            out.add(quizQuestions.get(i));
        }
        return out;
    }

    /** The grade of a response, as an attempt grades it. */
    static Grade grade(Question q, Response response, Duration time, Function<String, java.util.Optional<Unit>> units) {
        return Grader.grade(
                AnswerKeys.of(q.content(), units).orElseThrow(), response, GradeContext.withoutHistory(time));
    }
}
