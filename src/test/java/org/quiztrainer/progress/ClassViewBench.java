package org.quiztrainer.progress;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Role;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.AssignmentSettings;
import org.quiztrainer.classroom.AttemptItem;
import org.quiztrainer.classroom.AttemptService;
import org.quiztrainer.classroom.AttemptView;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.grading.Response;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The class view of {@link ProgressBenchmark} as an instructor opens it: a real class whose 200 learners
 * joined with the code, one quiz that every learner took (so the item analysis has 200 attempts) and one
 * assignment of the auto-graded questions of the two topics; then {@link ClassProgressService#matrix}.
 */
final class ClassViewBench {

    private ClassViewBench() {}

    /** Builds the class through the classroom services and returns its id; leaves the instructor logged in. */
    static long build(
            ConfigurableApplicationContext context,
            JdbcTemplate jdbc,
            List<ClassMatrix.Learner> learners,
            List<String> topicQuestions) {
        Instant now = Instant.now();
        jdbc.update(
                "insert into app_user (username, display_name, password_hash, role, language, created_at) "
                        + "values ('bench-teacher', 'Bench Teacher', '{noop}x', 'INSTRUCTOR', 'en', ?)",
                Timestamp.from(now));
        long teacherId = jdbc.queryForObject("select id from app_user where username = 'bench-teacher'", Long.class);
        AppUserDetails teacher = new AppUserDetails(teacherId, "bench-teacher", "", Role.INSTRUCTOR, false);
        ClassService classes = context.getBean(ClassService.class);
        AssignmentService assignments = context.getBean(AssignmentService.class);
        AttemptService attempts = context.getBean(AttemptService.class);
        Classroom bank = context.getBean(Classroom.class);

        TestUsers.login(teacher);
        ClassSummary cls = classes.create("Bench class");
        for (ClassMatrix.Learner learner : learners) {
            TestUsers.login(new AppUserDetails(learner.id(), learner.username(), "", Role.LEARNER, false));
            classes.join(cls.joinCode());
        }
        TestUsers.login(teacher);
        Assignment quiz = assignments.create(
                cls.id(),
                AssignmentSettings.of(
                        "Bench quiz", Classroom.FOUR, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))));
        List<String> gradable =
                jdbc
                        .queryForList("select id from bank_question where question_type <> 'flashcard'", String.class)
                        .stream()
                        .filter(topicQuestions::contains)
                        .sorted()
                        .toList();
        assignments.create(
                cls.id(),
                AssignmentSettings.of(
                        "Bench topics", gradable, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))));
        int i = 0;
        for (ClassMatrix.Learner learner : learners) {
            TestUsers.login(new AppUserDetails(learner.id(), learner.username(), "", Role.LEARNER, false));
            AttemptView attempt = attempts.start(quiz.id());
            for (AttemptItem item : attempt.items()) {
                attempts.save(
                        attempt.id(),
                        item.questionId(),
                        response(bank, item.questionId(), i),
                        Duration.ofSeconds(5 + i % 20),
                        item.version());
            }
            attempts.submit(attempt.id());
            i++;
        }
        TestUsers.login(teacher);
        return cls.id();
    }

    /** Right about two times in three, in a pattern that differs per question. */
    private static Response response(Classroom bank, String questionId, int learner) {
        boolean right = (learner + questionId.length()) % 3 != 0;
        if (Classroom.TF.equals(questionId)) {
            return new Response.TrueFalse(right);
        }
        if (Classroom.SHORT.equals(questionId)) {
            return new Response.Text(right ? "large language model" : "language");
        }
        return right ? bank.right(questionId) : bank.oneWrong(questionId);
    }
}
