package org.quiztrainer.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Location;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.ReviewSource;

/**
 * Mastery worked by hand. FSRS-6 with w20 = 0.1542: R(t, S) = (1 + F·t/S)^(−0.1542) with
 * F = 0.9^(−1/0.1542) − 1 = 0.98046, so R(S, S) = 0.9 and R(2S, S) = 2.96092^(−0.1542) = 0.84588.
 */
class MasteryTest {

    static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    static final Scheduler SCHEDULER = new Scheduler(Parameters.defaults());
    static final LocalizedText NAME = new LocalizedText("名", "name");

    static QuestionSummary question(String id, String topic) {
        return new QuestionSummary(id, topic, QuestionType.FLASHCARD, NAME, 1);
    }

    static CardRow reviewed(String question, double stability, int daysAgo) {
        Instant last = NOW.minus(Duration.ofDays(daysAgo));
        return new CardRow(
                question,
                new Card(question, State.REVIEW, 0, stability, 5, last.plus(Duration.ofDays(7)), last, 7, 7, 3, 1),
                false,
                false);
    }

    @Test
    void topicMasteryIsTheMeanRecallOfItsQuestionsWithUnseenAsZero() {
        List<Topic> topics = List.of(
                new Topic("b", "a", 1, NAME, new Location("", 0)), new Topic("a", null, 1, NAME, new Location("", 0)));
        List<QuestionSummary> questions = List.of(question("q1", "a"), question("q2", "b"), question("q3", "b"));
        // q1: S = 7 reviewed just now: R now 1, in 7 days R(7, 7) = 0.9.
        // q2: S = 7 reviewed 7 days ago: R now 0.9, in 7 days R(14, 7) = 0.84588. q3: never seen: 0 and 0.
        Map<String, CardRow> cards = Map.of("q1", reviewed("q1", 7, 0), "q2", reviewed("q2", 7, 7));
        List<QuestionRecall> recalls = Mastery.recalls(questions, cards, SCHEDULER, NOW);
        List<TopicMastery> mastery = Mastery.topics(topics, recalls);

        assertThat(mastery).extracting(TopicMastery::topicId).containsExactly("a", "b");
        TopicMastery a = mastery.get(0);
        TopicMastery b = mastery.get(1);
        assertThat(b.depth()).isEqualTo(1);
        // b: (0.9 + 0) / 2 = 0.45 now; (0.84588 + 0) / 2 = 0.42294 in 7 days; 1 learned of 2.
        assertThat(b.questions()).isEqualTo(2);
        assertThat(b.learned()).isEqualTo(1);
        assertThat(b.recallNow()).isCloseTo(0.45, within(1e-4));
        assertThat(b.recallWeek()).isCloseTo(0.42294, within(1e-4));
        // a includes b: (1 + 0.9 + 0) / 3 = 0.63333 now; (0.9 + 0.84588 + 0) / 3 = 0.58196 in 7 days.
        assertThat(a.questions()).isEqualTo(3);
        assertThat(a.learned()).isEqualTo(2);
        assertThat(a.recallNow()).isCloseTo(0.63333, within(1e-4));
        assertThat(a.recallWeek()).isCloseTo(0.58196, within(1e-4));

        assertThat(Mastery.weakest(recalls))
                .extracting(QuestionRecall::questionId)
                .containsExactly("q2", "q1", "q3");
    }

    @Test
    void theRecallCurveStartsAtOneAfterEachAnswerAndFallsUntilTheNext() {
        Instant first = NOW.minus(Duration.ofDays(10));
        List<ReviewEntry> reviews = List.of(
                new ReviewEntry(first, 3, ReviewSource.STUDY, State.NEW, State.REVIEW, 4, 4, 5, null, false),
                new ReviewEntry(
                        first.plus(Duration.ofDays(4)),
                        3,
                        ReviewSource.STUDY,
                        State.REVIEW,
                        State.REVIEW,
                        12,
                        12,
                        5,
                        0.9,
                        false));
        List<RecallPoint> curve = RecallCurve.of(reviews, SCHEDULER.model(), NOW);
        // 1 at the first answer, days 1..4 (day 4 = R(4, 4) = 0.9 just before the second answer),
        // then 1 again and days 1..6 up to now.
        assertThat(curve).hasSize(1 + 4 + 1 + 6);
        assertThat(curve.get(0).recall()).isEqualTo(1.0);
        assertThat(curve.get(4).recall()).isCloseTo(0.9, within(1e-6));
        assertThat(curve.get(5)).isEqualTo(new RecallPoint(first.plus(Duration.ofDays(4)), 1.0));
        assertThat(curve.get(11).at()).isEqualTo(NOW);
    }
}
