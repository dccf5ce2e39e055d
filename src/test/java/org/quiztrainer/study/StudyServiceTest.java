package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
@StudyBank
class StudyServiceTest {

    static final StudyScope ALPHA = new StudyScope(Set.of("alpha"), Set.of());

    @Autowired
    StudyService study;

    @Autowired
    StudySettingsService settings;

    @Autowired
    CardService cardService;

    @Autowired
    ReviewLogRepository logs;

    @Autowired
    CardRepository cards;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    UserSummary me;

    @BeforeEach
    void learner() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        me = users.create(Role.LEARNER);
        TestUsers.login(me);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void newCardsComeInTopicOrderUpToTheDailyLimit() {
        settings.save(withNewPerDay(3));
        assertThat(study.counts(ALPHA).newCards()).isEqualTo(3);

        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StudyItem item = study.next(ALPHA).orElseThrow();
            assertThat(item.state()).isEqualTo(State.NEW);
            seen.add(item.questionId());
            answer(item, Rating.EASY);
        }

        assertThat(seen).containsExactly(StudyBank.FLASH, StudyBank.SINGLE, StudyBank.SHORT);
        assertThat(study.counts(ALPHA).newCards()).isZero();
        assertThat(study.next(ALPHA)).isEmpty();
    }

    @Test
    void theNewCardLimitResetsWhenTheNextStudyDayStartsAtTheDayStartHour() {
        settings.save(withNewPerDay(1));
        answer(study.next(ALPHA).orElseThrow(), Rating.EASY);
        assertThat(study.counts(ALPHA).newCards()).isZero();

        clock.set(Instant.parse("2026-03-03T03:59:00Z"));
        assertThat(study.counts(ALPHA).newCards())
                .as("before 4 am it is still yesterday")
                .isZero();
        clock.set(Instant.parse("2026-03-03T04:00:00Z"));
        assertThat(study.counts(ALPHA).newCards()).isEqualTo(1);
    }

    @Test
    void theStudyDayFollowsTheLearnersTimeZone() {
        settings.save(new StudySettings(
                0.9,
                1,
                200,
                StudySettings.parseSteps("1m 10m"),
                StudySettings.parseSteps("10m"),
                4,
                java.time.ZoneId.of("Asia/Shanghai")));
        clock.set(Instant.parse("2026-03-02T19:00:00Z"));
        answer(study.next(ALPHA).orElseThrow(), Rating.EASY);
        assertThat(study.counts(ALPHA).newCards()).isZero();

        clock.set(Instant.parse("2026-03-02T19:59:00Z"));
        assertThat(study.counts(ALPHA).newCards())
                .as("03:59 in Shanghai: the same study day")
                .isZero();
        clock.set(Instant.parse("2026-03-02T20:00:00Z"));
        assertThat(study.counts(ALPHA).newCards())
                .as("04:00 in Shanghai: a new study day")
                .isEqualTo(1);
    }

    @Test
    void aLearningCardDueNowComesBeforeNewCards() {
        StudyItem first = study.next(ALPHA).orElseThrow();
        answer(first, Rating.AGAIN);
        StudyItem second = study.next(ALPHA).orElseThrow();
        assertThat(second.questionId())
                .as("the failed card is only due in a minute")
                .isNotEqualTo(first.questionId());

        clock.advance(Duration.ofMinutes(1));

        StudyItem next = study.next(ALPHA).orElseThrow();
        assertThat(next.questionId()).isEqualTo(first.questionId());
        assertThat(next.state()).isEqualTo(State.LEARNING);
        assertThat(study.counts(ALPHA).learning()).isEqualTo(1);
    }

    @Test
    void reviewsDueTodayComeMostOverdueFirstWithinTheReviewLimit() {
        settings.save(withNewPerDay(2));
        String a = answer(study.next(ALPHA).orElseThrow(), Rating.EASY).questionId();
        clock.advance(Duration.ofHours(1));
        String b = answer(study.next(ALPHA).orElseThrow(), Rating.EASY).questionId();
        Instant dueA =
                cards.findByLearnerIdAndQuestionId(me.id(), a).orElseThrow().getDue();
        Instant dueB =
                cards.findByLearnerIdAndQuestionId(me.id(), b).orElseThrow().getDue();
        List<String> byDue = dueA.isAfter(dueB) ? List.of(b, a) : List.of(a, b);

        clock.advance(Duration.ofDays(60));
        settings.save(new StudySettings(
                0.9, 0, 1, StudySettings.parseSteps("1m 10m"), StudySettings.parseSteps("10m"), 4, ZoneOffset.UTC));
        assertThat(study.counts(ALPHA).review())
                .as("two are due, the limit is 1")
                .isEqualTo(1);

        StudyItem review = study.next(ALPHA).orElseThrow();
        assertThat(review.questionId()).as("the earlier due comes first").isEqualTo(byDue.get(0));
        assertThat(review.state()).isEqualTo(State.REVIEW);
        answer(review, Rating.GOOD);
        assertThat(study.next(ALPHA)).as("the review limit of 1 is reached").isEmpty();

        settings.save(new StudySettings(
                0.9, 0, 5, StudySettings.parseSteps("1m 10m"), StudySettings.parseSteps("10m"), 4, ZoneOffset.UTC));
        assertThat(study.next(ALPHA).map(StudyItem::questionId))
                .as("with a higher limit the other review follows")
                .contains(byDue.get(1));
    }

    @Test
    void eachButtonKnowsWhereItLeads() {
        StudyItem item = study.next(ALPHA).orElseThrow();

        assertThat(item.intervals().get(Rating.AGAIN)).isEqualTo(Duration.ofMinutes(1));
        assertThat(item.intervals().get(Rating.HARD)).isEqualTo(Duration.ofMinutes(6));
        assertThat(item.intervals().get(Rating.GOOD)).isEqualTo(Duration.ofMinutes(10));
        assertThat(item.intervals().get(Rating.EASY)).isGreaterThanOrEqualTo(Duration.ofDays(5));
    }

    @Test
    void anAnswerWritesTheCardAndOneLogRow() {
        StudyItem item = study.next(ALPHA).orElseThrow();
        long before = logs.count();

        AnswerResult result = answer(item, Rating.GOOD);

        assertThat(logs.count()).isEqualTo(before + 1);
        CardEntity card =
                cards.findByLearnerIdAndQuestionId(me.id(), item.questionId()).orElseThrow();
        assertThat(card.getState()).isEqualTo(State.LEARNING).isEqualTo(result.state());
        assertThat(card.getDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    }

    @Test
    void aStaleAnswerFromASecondTabIsRefusedAndCountedOnce() {
        StudyItem shown = study.next(ALPHA).orElseThrow();
        answer(shown, Rating.AGAIN);
        clock.advance(Duration.ofMinutes(2));
        StudyItem tabA = study.item(shown.questionId()).orElseThrow();
        StudyItem tabB = study.item(shown.questionId()).orElseThrow();
        long before = logs.count();

        answer(tabA, Rating.GOOD);

        assertThatThrownBy(() -> answer(tabB, Rating.EASY)).isInstanceOf(StaleAnswerException.class);
        assertThat(logs.count()).isEqualTo(before + 1);
        assertThat(cards.findByLearnerIdAndQuestionId(me.id(), shown.questionId())
                        .orElseThrow()
                        .getState())
                .isEqualTo(State.LEARNING);
    }

    @Test
    void aReplayedRequestIsRefused() {
        StudyItem item = study.next(ALPHA).orElseThrow();
        AnswerCommand command = command(item, Rating.GOOD);
        study.answer(command);
        long before = logs.count();

        assertThatThrownBy(() -> study.answer(command)).isInstanceOf(StaleAnswerException.class);
        assertThat(logs.count()).isEqualTo(before);
    }

    @Test
    void undoRestoresTheCardAndRemovesTheLogRow() {
        StudyItem item = study.next(ALPHA).orElseThrow();
        answer(item, Rating.GOOD);
        clock.advance(Duration.ofMinutes(10));
        StudyItem again = study.item(item.questionId()).orElseThrow();
        answer(again, Rating.GOOD);
        CardEntity graduated =
                cards.findByLearnerIdAndQuestionId(me.id(), item.questionId()).orElseThrow();
        assertThat(graduated.getState()).isEqualTo(State.REVIEW);
        long before = logs.count();

        assertThat(study.undo()).contains(item.questionId());

        CardEntity restored =
                cards.findByLearnerIdAndQuestionId(me.id(), item.questionId()).orElseThrow();
        assertThat(restored.getState()).isEqualTo(State.LEARNING);
        assertThat(restored.getDue()).isEqualTo(clock.instant());
        assertThat(logs.count()).isEqualTo(before - 1);

        assertThat(study.undo()).contains(item.questionId());
        assertThat(cards.findByLearnerIdAndQuestionId(me.id(), item.questionId()))
                .as("a new card again")
                .isEmpty();
        assertThat(study.next(ALPHA).orElseThrow().questionId()).isEqualTo(item.questionId());
    }

    @Test
    void eightLapsesMakeALeechThatIsSuspendedUntilBroughtBack() {
        StudyItem item = study.next(ALPHA).orElseThrow();
        String id = item.questionId();
        answer(item, Rating.EASY);
        AnswerResult result = null;
        for (int lapse = 1; lapse <= StudyService.LEECH_LAPSES; lapse++) {
            clock.set(cards.findByLearnerIdAndQuestionId(me.id(), id)
                    .orElseThrow()
                    .getDue());
            result = answer(study.item(id).orElseThrow(), Rating.AGAIN);
            assertThat(result.becameLeech()).as("lapse " + lapse).isEqualTo(lapse == StudyService.LEECH_LAPSES);
            if (lapse < StudyService.LEECH_LAPSES) {
                clock.advance(Duration.ofMinutes(10));
                answer(study.item(id).orElseThrow(), Rating.GOOD);
            }
        }

        assertThat(cardService.leeches()).containsExactly(id);
        clock.advance(Duration.ofDays(1));
        assertThat(study.next(new StudyScope(Set.of("rnn"), Set.of())).map(StudyItem::questionId))
                .isNotEqualTo(Optional.of(id));
        cardService.unsuspend(id);
        assertThat(cardService.leeches()).isEmpty();
    }

    @Test
    void aLeechBroughtBackIsSuspendedAgainOnlyAfterHalfTheThresholdMoreLapsesAsInAnki() {
        String id = StudyBank.FLASH;
        answer(study.item(id).orElseThrow(), Rating.EASY);
        List<Integer> flagged = new java.util.ArrayList<>();
        for (int lapse = 1; lapse <= 12; lapse++) {
            clock.set(cards.findByLearnerIdAndQuestionId(me.id(), id)
                    .orElseThrow()
                    .getDue());
            if (answer(study.item(id).orElseThrow(), Rating.AGAIN).becameLeech()) {
                flagged.add(lapse);
                assertThat(study.next(ALPHA).map(StudyItem::questionId))
                        .as("a leech is suspended")
                        .isNotEqualTo(Optional.of(id));
                cardService.unsuspend(id);
            }
            clock.advance(Duration.ofMinutes(10));
            answer(study.item(id).orElseThrow(), Rating.GOOD);
        }

        assertThat(flagged).as("the 8th lapse, then the 12th (not the 9th)").containsExactly(8, 12);
    }

    @Test
    void aResetCardIsStudiedAgainAsANewCardWithinTheNewCardLimit() {
        settings.save(withNewPerDay(2));
        StudyItem first = study.next(ALPHA).orElseThrow();
        answer(first, Rating.EASY);
        cardService.resetMemory(first.questionId());

        assertThat(study.counts(ALPHA).newCards())
                .as("one new card left today, and the reset card is one")
                .isEqualTo(1);
        StudyItem again = study.next(ALPHA).orElseThrow();
        assertThat(again.questionId())
                .as("back at its place in topic order, before the unseen ones")
                .isEqualTo(first.questionId());
        assertThat(again.state()).isEqualTo(State.NEW);
        assertThat(again.cardVersion()).as("its card is kept").isNotNull();
        answer(again, Rating.GOOD);

        assertThat(study.counts(ALPHA).newCards())
                .as("the limit of 2 is used up")
                .isZero();
        assertThat(study.counts(ALPHA).learning()).as("it is learning again").isEqualTo(1);
    }

    @Test
    void aQuestionNeverAnsweredCanBeSuspendedOrBuriedLikeAnyCard() {
        StudyItem fresh = study.next(ALPHA).orElseThrow();
        assertThat(fresh.cardVersion()).isNull();

        cardService.suspend(fresh.questionId());
        StudyItem second = study.next(ALPHA).orElseThrow();
        assertThat(second.questionId()).isNotEqualTo(fresh.questionId());
        assertThat(study.counts(ALPHA).newCards()).isEqualTo(StudyBank.ALPHA_SIZE - 1);

        cardService.bury(second.questionId());
        assertThat(study.next(ALPHA).map(StudyItem::questionId))
                .isNotIn(Optional.of(fresh.questionId()), Optional.of(second.questionId()));
        assertThat(study.counts(ALPHA).newCards()).isEqualTo(StudyBank.ALPHA_SIZE - 2);

        clock.set(Instant.parse("2026-03-03T04:00:00Z"));
        assertThat(study.next(ALPHA).map(StudyItem::questionId))
                .as("the buried one is back the next study day")
                .contains(second.questionId());
        cardService.unsuspend(fresh.questionId());
        assertThat(study.next(ALPHA).map(StudyItem::questionId))
                .as("and the suspended one when brought back, at its place")
                .contains(fresh.questionId());
    }

    @Test
    void buriedCardsComeBackTheNextStudyDay() {
        StudyItem item = study.next(ALPHA).orElseThrow();
        answer(item, Rating.AGAIN);
        cardService.bury(item.questionId());
        clock.advance(Duration.ofMinutes(5));
        assertThat(study.next(ALPHA).orElseThrow().questionId()).isNotEqualTo(item.questionId());

        clock.set(Instant.parse("2026-03-03T04:00:00Z"));
        assertThat(study.next(ALPHA).orElseThrow().questionId()).isEqualTo(item.questionId());
    }

    @Test
    void typedAnswersAreGradedOnTheServerAndLogged() {
        StudyItem item = study.item(StudyBank.SHORT).orElseThrow();

        AnswerResult wrong = study.answer(typed(item, "large lingo model"));

        assertThat(wrong.score()).as("one word wrong").isZero();
        ReviewLogEntity log = logs.findFirstByLearnerIdOrderByIdDesc(me.id()).orElseThrow();
        assertThat(log.getQuestionId()).isEqualTo(StudyBank.SHORT);
        assertThat(log.getScore()).isZero();
        assertThat(log.getAnswerMs()).isEqualTo(8000);

        clock.advance(Duration.ofMinutes(1));
        AnswerResult right = study.answer(typed(study.item(StudyBank.SHORT).orElseThrow(), "Large Language Model"));
        assertThat(right.score()).as("case does not matter").isEqualTo(1.0);
    }

    private static AnswerCommand typed(StudyItem item, String text) {
        return new AnswerCommand(
                item.questionId(),
                item.cardVersion(),
                item.requestId(),
                Rating.GOOD,
                Optional.of(new Response.Text(text)),
                Duration.ofSeconds(8),
                ReviewSource.STUDY);
    }

    @Test
    void aHugeTypedAnswerIsGradedWrongWithoutAnError() {
        StudyItem item = study.item(StudyBank.SHORT).orElseThrow();

        var grade = study.check(item.questionId(), new Response.Text("x".repeat(100_000)), Duration.ofSeconds(3));

        assertThat(grade.score()).isZero();
        assertThat(grade.suggestedRating()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void badCommandsChangeNothing() {
        StudyItem item = study.next(ALPHA).orElseThrow();
        long before = logs.count();

        assertThatThrownBy(() -> study.answer(new AnswerCommand(
                        item.questionId(),
                        item.cardVersion(),
                        item.requestId(),
                        null,
                        Optional.empty(),
                        Duration.ofSeconds(1),
                        ReviewSource.STUDY)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> study.answer(new AnswerCommand(
                        "no.such.question",
                        null,
                        "r1",
                        Rating.GOOD,
                        Optional.empty(),
                        Duration.ofSeconds(1),
                        ReviewSource.STUDY)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> study.answer(new AnswerCommand(
                        item.questionId(),
                        null,
                        "x".repeat(41),
                        Rating.GOOD,
                        Optional.empty(),
                        Duration.ofSeconds(1),
                        ReviewSource.STUDY)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(logs.count()).isEqualTo(before);
    }

    @Test
    void aForgedChoiceThatTheQuestionDoesNotHaveIsRefused() {
        StudyItem item = study.item(StudyBank.SINGLE).orElseThrow();
        long before = logs.count();

        assertThatThrownBy(() -> study.answer(new AnswerCommand(
                        item.questionId(),
                        item.cardVersion(),
                        item.requestId(),
                        Rating.GOOD,
                        Optional.of(Response.Choices.of(99)),
                        Duration.ofSeconds(2),
                        ReviewSource.STUDY)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(logs.count()).isEqualTo(before);
    }

    @Test
    void aCardOfAnotherLearnerIsNeitherSeenNorTouched() {
        StudyItem item = study.next(ALPHA).orElseThrow();
        answer(item, Rating.AGAIN);
        UserSummary other = users.create(Role.LEARNER);
        TestUsers.login(other);

        assertThat(study.next(ALPHA).orElseThrow().state())
                .as("the other learner starts fresh")
                .isEqualTo(State.NEW);
        assertThatThrownBy(() -> cardService.unsuspend(item.questionId())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cardService.resetMemory(item.questionId())).isInstanceOf(InvalidInputException.class);
        cardService.suspend(item.questionId());
        assertThat(cards.findByLearnerIdAndQuestionId(other.id(), item.questionId())
                        .orElseThrow()
                        .isSuspended())
                .as("the other learner suspends a card of their own")
                .isTrue();
        assertThat(study.undo()).isEmpty();
        TestUsers.login(me);
        assertThat(cards.findByLearnerIdAndQuestionId(me.id(), item.questionId())
                        .orElseThrow()
                        .isSuspended())
                .isFalse();
    }

    @Test
    void aChangedQuestionIsMarkedUntilTheLearnerKeepsOrResetsTheirMemory() {
        StudyItem item = study.next(ALPHA).orElseThrow();
        answer(item, Rating.EASY);
        cardService.onBankChanged(new org.quiztrainer.bank.BankChanged(Set.of(item.questionId()), Set.of()));

        assertThat(study.item(item.questionId()).orElseThrow().questionChanged())
                .isTrue();
        cardService.keepMemory(item.questionId());
        StudyItem kept = study.item(item.questionId()).orElseThrow();
        assertThat(kept.questionChanged()).isFalse();
        assertThat(kept.state()).isEqualTo(State.REVIEW);

        cardService.onBankChanged(new org.quiztrainer.bank.BankChanged(Set.of(item.questionId()), Set.of()));
        cardService.resetMemory(item.questionId());
        assertThat(study.item(item.questionId()).orElseThrow().state()).isEqualTo(State.NEW);
    }

    @Test
    void theSummaryCountsAnswersAccuracyAndTime() {
        Instant start = clock.instant();
        answer(study.next(ALPHA).orElseThrow(), Rating.GOOD);
        answer(study.next(ALPHA).orElseThrow(), Rating.AGAIN);

        SessionSummary summary = study.summary(start);

        assertThat(summary.answered()).isEqualTo(2);
        assertThat(summary.passed()).isEqualTo(1);
        assertThat(summary.accuracy()).isEqualTo(0.5);
        assertThat(summary.timeSpent()).isEqualTo(Duration.ofSeconds(10));
        assertThat(summary.nextDue()).contains(start.plus(Duration.ofMinutes(1)));
    }

    @Test
    void practicePicksSeededQuestionsOfTheScopeAndItsAnswersFeedTheSameMemory() {
        List<String> round = study.practice(ALPHA, 5, 42);

        assertThat(round).hasSize(5).doesNotHaveDuplicates();
        assertThat(round)
                .allSatisfy(id -> assertThat(study.item(id)
                                .orElseThrow()
                                .question()
                                .question()
                                .topicId())
                        .isEqualTo("alpha"));
        assertThat(study.practice(ALPHA, 5, 42)).as("the seed fixes the round").isEqualTo(round);
        assertThat(study.practice(ALPHA, 5, 43))
                .as("another seed, another order")
                .isNotEqualTo(round);
        assertThat(study.practice(ALPHA, 50, 7))
                .as("a scope with fewer questions gives them all")
                .hasSize(StudyBank.ALPHA_SIZE)
                .containsAll(round);
        assertThatThrownBy(() -> study.practice(ALPHA, 4, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> study.practice(ALPHA, 51, 1)).isInstanceOf(InvalidInputException.class);

        StudyItem item = study.item(round.get(0)).orElseThrow();
        study.answer(new AnswerCommand(
                item.questionId(),
                item.cardVersion(),
                item.requestId(),
                Rating.GOOD,
                Optional.empty(),
                Duration.ofSeconds(4),
                ReviewSource.PRACTICE));
        assertThat(study.item(item.questionId()).orElseThrow().state()).isNotEqualTo(State.NEW);
        assertThat(study.summary(clock.instant().minusSeconds(1)).answered()).isEqualTo(1);

        TestUsers.logout();
        assertThatThrownBy(() -> study.practice(ALPHA, 5, 42))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private StudySettings withNewPerDay(int n) {
        StudySettings d = StudySettings.defaults(ZoneOffset.UTC);
        return new StudySettings(
                d.desiredRetention(),
                n,
                d.maxReviewsPerDay(),
                d.learningSteps(),
                d.relearningSteps(),
                d.dayStartHour(),
                d.zone());
    }

    private AnswerResult answer(StudyItem item, Rating rating) {
        return study.answer(command(item, rating));
    }

    private static AnswerCommand command(StudyItem item, Rating rating) {
        return new AnswerCommand(
                item.questionId(),
                item.cardVersion(),
                item.requestId(),
                rating,
                Optional.empty(),
                Duration.ofSeconds(5),
                ReviewSource.STUDY);
    }
}
