package org.quiztrainer.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.PlainContent;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.study.MemoryModels;
import org.quiztrainer.study.QueueCounts;
import org.quiztrainer.study.QuizHold;
import org.quiztrainer.study.StudyDay;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.quiztrainer.study.StudySettings;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in learner's progress: today, the calendar, the forecast, retention, mastery per topic,
 * cards by state, accuracy by type, leeches, and each question's history. Read-only; every method
 * reads only the caller's own cards and answers.
 *
 * <p>Quiz answers follow the assignment's review options ({@link QuizHold}): while an attempt's marks are
 * not shown, its answers count as activity (calendar, streak, answers today) but their ratings stay out of
 * the history, retention and accuracy, and a question the quiz holds back shows the memory it had before the
 * quiz.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgressService {

    /** The retention windows, in study days. */
    public static final List<Integer> RETENTION_WINDOWS = List.of(7, 30, 365);
    /** Study days in the due forecast, today included. */
    public static final int FORECAST_DAYS = 30;

    private final ProgressQueries queries;
    private final BankService bank;
    private final StudyService study;
    private final StudySettingsService settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MemoryModels models;

    ProgressService(
            ProgressQueries queries,
            BankService bank,
            StudyService study,
            StudySettingsService settings,
            MemoryModels models,
            CurrentUser currentUser,
            Clock clock) {
        this.queries = queries;
        this.bank = bank;
        this.study = study;
        this.settings = settings;
        this.models = models;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's dashboard. */
    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        long me = currentUser.require().id();
        StudySettings s = settings.mine();
        Instant now = clock.instant();
        LocalDate today = Statistics.studyDate(now, s.zone(), s.dayStartHour());
        QuizHold hold = study.held();
        ProgressQueries.Logs logs = queries.logs(me, hold.hiddenAttempts());
        List<CardRow> cards = visibleCards(me, hold, queries.cards(me));
        List<QuestionSummary> questions = liveQuestions();
        Map<String, CardRow> byQuestion =
                cards.stream().collect(Collectors.toMap(CardRow::questionId, Function.identity()));
        List<QuestionRecall> recalls = Mastery.recalls(questions, byQuestion, models.scheduler(me), now);
        Set<String> live = questions.stream().map(QuestionSummary::id).collect(Collectors.toSet());
        List<CardRow> liveCards =
                cards.stream().filter(c -> live.contains(c.questionId())).toList();
        return new Dashboard(
                today,
                today(logs.all(), s, now, today),
                Statistics.calendar(logs.all(), s.zone(), s.dayStartHour(), today),
                Statistics.forecast(liveCards, s.zone(), s.dayStartHour(), today, FORECAST_DAYS),
                RETENTION_WINDOWS.stream()
                        .map(d -> Statistics.retention(logs.visible(), s.zone(), s.dayStartHour(), today, d))
                        .toList(),
                Mastery.topics(bank.topics(), recalls),
                Statistics.states(liveCards, questions.size()),
                Statistics.accuracy(logs.visible()),
                recalls.stream().filter(QuestionRecall::leech).toList());
    }

    /** A topic's mastery and its questions (subtopics included), weakest first. */
    @Transactional(readOnly = true)
    public TopicProgress topic(String topicId) {
        long me = currentUser.require().id();
        List<Topic> topics = bank.topics();
        if (topics.stream().noneMatch(t -> t.id().equals(topicId))) {
            throw new InvalidInputException(Map.of("topicId", "progress.error.no-topic"));
        }
        Set<String> subtree = subtree(topics, topicId);
        List<QuestionSummary> questions = liveQuestions().stream()
                .filter(q -> subtree.contains(q.topicId()))
                .toList();
        Map<String, CardRow> cards = new HashMap<>();
        visibleCards(me, study.held(), queries.cards(me)).forEach(c -> cards.put(c.questionId(), c));
        List<QuestionRecall> recalls = Mastery.recalls(questions, cards, models.scheduler(me), clock.instant());
        TopicMastery mastery = Mastery.topics(topics, recalls).stream()
                .filter(m -> m.topicId().equals(topicId))
                .findFirst()
                .orElseThrow();
        return new TopicProgress(mastery, Mastery.weakest(recalls));
    }

    /** One question's history for the caller: every answer and the recall curve. */
    @Transactional(readOnly = true)
    public QuestionHistory question(String questionId) {
        long me = currentUser.require().id();
        StoredQuestion q = bank.question(questionId)
                .orElseThrow(() -> new InvalidInputException(Map.of("questionId", "progress.error.no-question")));
        Instant now = clock.instant();
        QuestionSummary summary = new QuestionSummary(
                questionId,
                q.question().topicId(),
                q.question().type(),
                q.question().html()
                        ? PlainContent.plain(q.question().shownText())
                        : q.question().shownText(),
                q.revision());
        QuizHold hold = study.held();
        Map<String, CardRow> card = new HashMap<>();
        visibleCards(me, hold, queries.card(me, questionId)).forEach(c -> card.put(c.questionId(), c));
        Scheduler scheduler = models.scheduler(me);
        QuestionRecall recall =
                Mastery.recalls(List.of(summary), card, scheduler, now).get(0);
        List<ReviewEntry> reviews = queries.history(me, questionId, hold.hiddenAttempts());
        List<ReviewEntry> visible = reviews.stream().filter(r -> !r.withheld()).toList();
        return new QuestionHistory(recall, reviews, RecallCurve.of(visible, scheduler.model(), now));
    }

    /**
     * The cards as the learner may see them: a question a quiz holds back whose quiz answer's mark is
     * withheld shows the card as it was before that answer (none, if the answer created it).
     */
    private List<CardRow> visibleCards(long me, QuizHold hold, List<CardRow> cards) {
        Map<String, java.util.Optional<CardRow>> before =
                queries.cardsBefore(me, hold.hiddenAttempts(), hold.questions());
        if (before.isEmpty()) {
            return cards;
        }
        List<CardRow> out = new java.util.ArrayList<>();
        for (CardRow c : cards) {
            java.util.Optional<CardRow> earlier = before.get(c.questionId());
            if (earlier == null) {
                out.add(c);
            } else {
                earlier.ifPresent(out::add);
            }
        }
        return out;
    }

    private Today today(List<LogRow> logs, StudySettings s, Instant now, LocalDate today) {
        StudyDay day = StudyDay.of(now, s.zone(), s.dayStartHour());
        Set<Long> studied = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        int answers = 0;
        for (LogRow log : logs) {
            days.add(Statistics.studyDate(log.at(), s.zone(), s.dayStartHour()));
            if (!log.at().isBefore(day.start()) && log.at().isBefore(day.end())) {
                answers++;
                studied.add(log.cardId());
            }
        }
        QueueCounts counts = study.counts(StudyScope.WHOLE_BANK);
        return new Today(
                counts.review(),
                counts.learning(),
                counts.newCards(),
                studied.size(),
                answers,
                Statistics.streak(days, today));
    }

    private List<QuestionSummary> liveQuestions() {
        return bank.find(QuestionFilter.ALL, 0, 100_000);
    }

    static Set<String> subtree(List<Topic> topics, String root) {
        Set<String> out = new HashSet<>(Set.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Topic t : topics) {
                if (t.parentId() != null && out.contains(t.parentId()) && out.add(t.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }
}
