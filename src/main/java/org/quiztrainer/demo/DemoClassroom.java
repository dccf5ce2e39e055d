package org.quiztrainer.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.DemoAccountsCreated;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.Question;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.AssignmentSettings;
import org.quiztrainer.classroom.AttemptHistoryService;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.classroom.PastAnswer;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.workload.QuizSession;
import org.quiztrainer.srs.workload.SimulatedHistory;
import org.quiztrainer.srs.workload.StudyHabits;
import org.quiztrainer.srs.workload.StudyHistorySimulator;
import org.quiztrainer.study.StudyHistoryService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the demo class "LLM basics 2026" through the features' services, in one transaction: the demo
 * instructor creates it, the demo learner and twelve classmates join, the instructor sets three quizzes
 * (two closed, one open now), and each learner's last {@value #DAYS} days are simulated with the real
 * scheduler ({@link StudyHistorySimulator}) and written as their study history, quiz answers included; the
 * quizzes they took are recorded as submitted attempts with the same answers.
 */
@Component
class DemoClassroom {

    static final String CLASS_NAME = "LLM basics 2026";
    static final int DAYS = 60;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(20);

    private final ClassService classes;
    private final AssignmentService assignments;
    private final AttemptHistoryService attempts;
    private final StudyHistoryService history;
    private final BankService bank;

    DemoClassroom(
            ClassService classes,
            AssignmentService assignments,
            AttemptHistoryService attempts,
            StudyHistoryService history,
            BankService bank) {
        this.classes = classes;
        this.assignments = assignments;
        this.attempts = attempts;
        this.history = history;
        this.bank = bank;
    }

    /** A quiz answer a learner gave (each question is in one quiz only: the quizzes' topics differ). */
    private record Given(Response response, Grade grade) {}

    /** Creates everything as of {@code now}; returns the number of answers written. */
    @Transactional
    public int create(DemoAccountsCreated demo, Instant now) {
        AppUserDetails admin = new AppUserDetails(demo.adminId(), "admin", "", Role.ADMIN, false);
        AppUserDetails instructor = new AppUserDetails(demo.instructorId(), "instructor", "", Role.INSTRUCTOR, false);
        List<String> order = Acting.as(admin, history::studyOrder);
        Map<String, Question> questions = Acting.as(admin, () -> {
            Map<String, Question> found = new LinkedHashMap<>();
            order.forEach(id -> bank.question(id).ifPresent(q -> found.put(id, q.question())));
            return found;
        });
        ClassSummary c = Acting.as(instructor, () -> classes.create(CLASS_NAME));
        List<Assignment> quizzes = new ArrayList<>();
        Set<String> tricky = new HashSet<>();
        for (DemoQuizzes.Quiz quiz : DemoQuizzes.QUIZZES) {
            List<String> ids = DemoQuizzes.questions(order, questions, quiz.topics());
            if (!ids.isEmpty()) {
                tricky.addAll(DemoQuizzes.tricky(ids));
                AssignmentSettings s = AssignmentSettings.of(
                                quiz.title(),
                                ids,
                                now.minus(Duration.ofDays(quiz.opensDays())),
                                now.minus(Duration.ofDays(quiz.closesDays())))
                        .withTimeLimit(TIME_LIMIT);
                quizzes.add(Acting.as(instructor, () -> assignments.create(c.id(), s)));
            }
        }
        int written = 0;
        for (int i = 0; i < demo.learners().size(); i++) {
            DemoAccountsCreated.Account learner = demo.learners().get(i);
            boolean takesOpenQuiz = i > 0 && DemoRoster.of(learner.username()).studyShare() >= 0.85;
            Acting.as(
                    new AppUserDetails(learner.id(), learner.username(), "", Role.LEARNER, false),
                    () -> classes.join(c.joinCode()));
            written += Acting.as(admin, () -> simulate(learner, takesOpenQuiz, order, questions, quizzes, tricky, now));
        }
        return written;
    }

    private int simulate(
            DemoAccountsCreated.Account account,
            boolean takesOpenQuiz,
            List<String> order,
            Map<String, Question> questions,
            List<Assignment> quizzes,
            Set<String> tricky,
            Instant now) {
        long learner = account.id();
        StudyHabits habits = DemoRoster.of(account.username());
        SplittableRandom random = new SplittableRandom(habits.seed() ^ 0x5DEECE66DL);
        List<QuizSession> sessions = new ArrayList<>();
        for (int q = 0; q < quizzes.size(); q++) {
            Assignment a = quizzes.get(q);
            Instant at = takenAt(a.settings(), random, now);
            boolean open = q == quizzes.size() - 1 && a.settings().closesAt().isAfter(now);
            boolean joined = at != null && at.isAfter(now.minus(Duration.ofDays(DAYS - habits.firstDay())));
            if (joined && (open ? takesOpenQuiz : !DemoRoster.missed(account.username(), q))) {
                sessions.add(new QuizSession(String.valueOf(a.id()), at, attempts.questionsFor(a.id(), learner, at)));
            }
        }
        Map<String, Given> given = new HashMap<>();
        SimulatedHistory h = StudyHistorySimulator.run(
                history.scheduler(learner),
                habits,
                order,
                q -> history.cardId(learner, q),
                now,
                DAYS,
                sessions,
                (q, recalled, time) -> {
                    Response r = DemoQuizzes.response(questions.get(q), recalled, tricky.contains(q), random);
                    Grade g = DemoQuizzes.grade(questions.get(q), r, time, bank::unit);
                    given.put(q, new Given(r, g));
                    return g.suggestedRating();
                });
        int written = history.write(
                learner,
                DemoHistory.cards(h, questions, q -> given.get(q).grade().score()));
        recordAttempts(learner, sessions, h, given);
        return written;
    }

    /** A time in the quiz's window, early enough to finish before it closes and before now; or null. */
    private static Instant takenAt(AssignmentSettings s, SplittableRandom random, Instant now) {
        Instant end = s.closesAt().isBefore(now) ? s.closesAt() : now;
        long hours = Duration.between(s.opensAt(), end).toHours() - 1;
        if (hours < 1) {
            return null;
        }
        Instant at = s.opensAt().plus(Duration.ofHours(random.nextLong(hours)));
        return at.plus(TIME_LIMIT).isBefore(end) ? at : null;
    }

    private void recordAttempts(
            long learner, List<QuizSession> sessions, SimulatedHistory h, Map<String, Given> given) {
        for (QuizSession s : sessions) {
            List<PastAnswer> answers = new ArrayList<>();
            Instant last = s.at();
            for (SimulatedHistory.QuizAnswer qa : h.quizzes()) {
                if (qa.key().equals(s.key())) {
                    answers.add(new PastAnswer(
                            qa.questionId(), given.get(qa.questionId()).response(), qa.time(), qa.at()));
                    last = qa.at().plus(qa.time());
                }
            }
            if (!answers.isEmpty()) {
                attempts.recordSubmitted(
                        Long.parseLong(s.key()), learner, answers.get(0).at(), last.plusSeconds(20), answers);
            }
        }
    }
}
