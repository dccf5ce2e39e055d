package org.quiztrainer.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;

/**
 * Predicted recall per question and per topic. A topic's mastery is the mean over the live questions of
 * the topic and its subtopics of R(t, S), the scheduler's predicted recall (ts-fsrs
 * {@code get_retrievability}: R = (1 + F·t/S)^(−w20), t in whole days since the last review), an unseen
 * question counting as 0.
 */
final class Mastery {

    private Mastery() {}

    /** Each question with the learner's predicted recall now and in 7 days. */
    static List<QuestionRecall> recalls(
            List<QuestionSummary> questions, Map<String, CardRow> cards, Scheduler scheduler, Instant now) {
        Instant week = now.plus(Duration.ofDays(7));
        List<QuestionRecall> out = new ArrayList<>(questions.size());
        for (QuestionSummary q : questions) {
            CardRow row = cards.get(q.id());
            if (row == null) {
                out.add(new QuestionRecall(q.id(), q.topicId(), q.text(), q.type(), State.NEW, 0, 0, 0, 0, false));
            } else {
                Card c = row.card();
                out.add(new QuestionRecall(
                        q.id(),
                        q.topicId(),
                        q.text(),
                        q.type(),
                        c.state(),
                        scheduler.retrievability(c, now),
                        scheduler.retrievability(c, week),
                        c.reps(),
                        c.lapses(),
                        row.leech()));
            }
        }
        return out;
    }

    /** Mastery of every topic in depth-first tree order (siblings by their order), subtopics included. */
    static List<TopicMastery> topics(List<Topic> topics, List<QuestionRecall> recalls) {
        Map<String, Topic> byId = new HashMap<>();
        topics.forEach(t -> byId.put(t.id(), t));
        Map<String, double[]> sums = new HashMap<>();
        for (QuestionRecall q : recalls) {
            for (Topic t = byId.get(q.topicId()); t != null; t = t.parentId() == null ? null : byId.get(t.parentId())) {
                double[] s = sums.computeIfAbsent(t.id(), k -> new double[4]);
                s[0]++;
                s[1] += q.state() == State.REVIEW ? 1 : 0;
                s[2] += q.recallNow();
                s[3] += q.recallWeek();
            }
        }
        List<TopicMastery> out = new ArrayList<>();
        addChildren(null, 0, topics, byId, sums, out);
        return out;
    }

    private static void addChildren(
            String parent,
            int depth,
            List<Topic> topics,
            Map<String, Topic> byId,
            Map<String, double[]> sums,
            List<TopicMastery> out) {
        List<Topic> children = topics.stream()
                .filter(t -> parent == null
                        ? t.parentId() == null || !byId.containsKey(t.parentId())
                        : parent.equals(t.parentId()))
                .sorted(Comparator.comparingInt(Topic::order).thenComparing(Topic::id))
                .toList();
        for (Topic t : children) {
            double[] s = sums.getOrDefault(t.id(), new double[4]);
            int n = (int) s[0];
            out.add(new TopicMastery(
                    t.id(), t.name(), depth, n, (int) s[1], n == 0 ? 0 : s[2] / n, n == 0 ? 0 : s[3] / n));
            if (depth < 20) {
                addChildren(t.id(), depth + 1, topics, byId, sums, out);
            }
        }
    }

    /** The questions of a topic, weakest first: seen ones by recall now ascending, then the unseen. */
    static List<QuestionRecall> weakest(List<QuestionRecall> inTopic) {
        return inTopic.stream()
                .sorted(Comparator.comparing((QuestionRecall q) -> q.state() == State.NEW)
                        .thenComparingDouble(QuestionRecall::recallNow)
                        .thenComparing(QuestionRecall::questionId))
                .toList();
    }
}
