package org.quiztrainer.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.study.MemoryModels;
import org.springframework.stereotype.Component;

/**
 * Builds a class's matrix from its learners' cards and answers: per learner and topic the mean predicted
 * recall now and in 7 days (unseen questions count as 0), the class mean per topic, recent activity, who is
 * at risk, and the questions the class forgets most, each learner's recall predicted by their own memory model.
 * Reads for whoever the caller is; the caller checks access.
 */
@Component
class ClassMatrix {

    /** A class member. */
    record Learner(long id, String username, String displayName) {}

    /** Item-analysis figures of a question, either may be null. */
    record Figures(Double facility, Double discrimination) {}

    private final ClassQueries queries;
    private final BankService bank;
    private final MemoryModels models;

    ClassMatrix(ClassQueries queries, BankService bank, MemoryModels models) {
        this.queries = queries;
        this.bank = bank;
        this.models = models;
    }

    ClassProgress read(
            long classId, List<Learner> learners, Set<String> assigned, Map<String, Figures> figures, Instant now) {
        List<Topic> topics = bank.topics();
        List<QuestionSummary> questions = bank.find(QuestionFilter.ALL, 0, 100_000);
        List<Long> ids = learners.stream().map(Learner::id).toList();
        Map<Long, List<CardRow>> cards = queries.cards(ids);
        Map<Long, Integer> week = queries.answersSince(ids, now.minus(Duration.ofDays(7)));
        Map<Long, Scheduler> schedulers = models.schedulers(ids);
        List<LearnerProgress> rows = new ArrayList<>();
        List<List<TopicMastery>> perLearner = new ArrayList<>();
        Map<String, double[]> byQuestion = new HashMap<>();
        for (Learner l : learners) {
            Map<String, CardRow> mine = cards.getOrDefault(l.id(), List.of()).stream()
                    .collect(Collectors.toMap(CardRow::questionId, Function.identity()));
            List<QuestionRecall> recalls = Mastery.recalls(questions, mine, schedulers.get(l.id()), now);
            List<TopicMastery> mastery = Mastery.topics(topics, recalls);
            perLearner.add(mastery);
            double assignedRecall = recalls.stream()
                    .filter(q -> assigned.contains(q.questionId()))
                    .mapToDouble(QuestionRecall::recallNow)
                    .average()
                    .orElse(Double.NaN);
            recalls.stream().filter(q -> mine.containsKey(q.questionId())).forEach(q -> {
                double[] s = byQuestion.computeIfAbsent(q.questionId(), k -> new double[4]);
                s[0]++;
                s[1] += q.recallNow();
                s[2] += q.reps();
                s[3] += q.lapses();
            });
            Instant last = mine.values().stream()
                    .map(c -> c.card().lastReview())
                    .filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            int answers = week.getOrDefault(l.id(), 0);
            rows.add(new LearnerProgress(
                    l.id(),
                    l.username(),
                    l.displayName(),
                    mastery.stream().map(TopicMastery::recallNow).toList(),
                    mastery.stream().map(TopicMastery::recallWeek).toList(),
                    assignedRecall,
                    last,
                    answers,
                    assignedRecall < ClassProgress.AT_RISK_RECALL,
                    answers == 0));
        }
        rows.sort(Comparator.comparing((LearnerProgress r) -> !r.atRisk())
                .thenComparing(LearnerProgress::displayName)
                .thenComparingLong(LearnerProgress::learnerId));
        return new ClassProgress(classId, classMeans(topics, perLearner), rows, items(questions, byQuestion, figures));
    }

    /** The topics in tree order with the class's mean of its learners' figures. */
    private List<TopicMastery> classMeans(List<Topic> topics, List<List<TopicMastery>> perLearner) {
        List<TopicMastery> shape = Mastery.topics(topics, List.of());
        List<TopicMastery> out = new ArrayList<>();
        for (int i = 0; i < shape.size(); i++) {
            int column = i;
            TopicMastery t = shape.get(i);
            out.add(new TopicMastery(
                    t.topicId(),
                    t.name(),
                    t.depth(),
                    perLearner.isEmpty() ? 0 : perLearner.get(0).get(column).questions(),
                    (int) Math.round(perLearner.stream()
                            .mapToInt(m -> m.get(column).learned())
                            .average()
                            .orElse(0)),
                    perLearner.stream()
                            .mapToDouble(m -> m.get(column).recallNow())
                            .average()
                            .orElse(0),
                    perLearner.stream()
                            .mapToDouble(m -> m.get(column).recallWeek())
                            .average()
                            .orElse(0)));
        }
        return out;
    }

    /**
     * The most forgotten questions: highest lapse rate first, then lowest mean recall. {@code byQuestion} holds
     * per question: learners with a card, their summed recall now, summed reviews and summed lapses.
     */
    static List<ItemForgetting> items(
            List<QuestionSummary> questions, Map<String, double[]> byQuestion, Map<String, Figures> figures) {
        List<ItemForgetting> out = new ArrayList<>();
        for (QuestionSummary q : questions) {
            double[] s = byQuestion.get(q.id());
            if (s == null || s[2] == 0) {
                continue;
            }
            Figures f = figures.getOrDefault(q.id(), new Figures(null, null));
            out.add(new ItemForgetting(
                    q.id(),
                    q.text(),
                    (int) s[2],
                    (int) s[3],
                    (int) s[0],
                    s[1] / s[0],
                    f.facility(),
                    f.discrimination()));
        }
        out.sort(Comparator.comparingDouble(ItemForgetting::lapseRate)
                .reversed()
                .thenComparingDouble(ItemForgetting::meanRecall)
                .thenComparing(ItemForgetting::questionId));
        return out.subList(0, Math.min(ClassProgress.ITEMS, out.size()));
    }
}
