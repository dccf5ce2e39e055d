package org.quiztrainer.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.quiztrainer.Application;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Registration;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.AssignmentSettings;
import org.quiztrainer.classroom.AttemptService;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.study.StudySettings;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the cluster test and the load benchmark start from, made through the app's own services (so every
 * rule applies) by a short-lived app context on the cluster's database: an instructor's class of learners,
 * a quiz of ten single-choice and true/false questions open for a day, and a second quiz that closes
 * {@code sweepAfter} from now, already started by one learner who never comes back (for the deadline
 * sweep). Every learner may study 100 new cards a day. The seeding context loads the nodes' bank folder
 * (so it finds the bank unchanged and writes nothing) and never sweeps.
 */
final class ClusterSeed {

    static final String PASSWORD = "cluster-pass-1";

    /**
     * @param quizQuestions the quiz's ten question ids, in the assignment's order
     * @param sweptAttempt  the attempt the deadline sweep must submit
     */
    record Seeded(
            long classId,
            long quizId,
            List<String> quizQuestions,
            long sweepQuizId,
            long sweptAttempt,
            Instant sweepDeadline,
            List<String> learners,
            String instructor) {}

    private ClusterSeed() {}

    static Seeded seed(
            String jdbcUrl,
            String user,
            String password,
            String bankPath,
            String prefix,
            int learners,
            Duration sweepAfter) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--app.cluster.node-name=seed",
                        "--app.attempt-sweep-ms=86400000",
                        "--app.bank.path=" + bankPath,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn")) {
            return seed(app, prefix, learners, sweepAfter);
        } finally {
            TestUsers.logout();
        }
    }

    private static Seeded seed(ConfigurableApplicationContext app, String prefix, int count, Duration sweepAfter) {
        AccountService accounts = app.getBean(AccountService.class);
        ClassService classes = app.getBean(ClassService.class);
        AssignmentService assignments = app.getBean(AssignmentService.class);
        StudySettingsService settings = app.getBean(StudySettingsService.class);
        UserSummary teacher = register(accounts, prefix + "-teacher");
        TestUsers.login(new AppUserDetails(-1, "seed", "", Role.ADMIN, false));
        teacher = accounts.changeRole(teacher.id(), Role.INSTRUCTOR);
        TestUsers.login(teacher);
        List<String> quiz = tenChoiceQuestions(app.getBean(BankService.class));
        ClassSummary c = classes.create("Cluster " + prefix);
        Instant now = Instant.now();
        long quizId = assignments
                .create(
                        c.id(),
                        AssignmentSettings.of("Cluster quiz", quiz, now.minusSeconds(60), now.plus(Duration.ofDays(1))))
                .id();
        long sweepId = assignments
                .create(
                        c.id(),
                        AssignmentSettings.of(
                                "Sweep quiz", quiz.subList(0, 2), now.minusSeconds(60), now.plus(sweepAfter)))
                .id();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format("%s-%03d", prefix, i);
            UserSummary learner = register(accounts, name);
            TestUsers.login(learner);
            classes.join(c.joinCode());
            settings.save(new StudySettings(
                    0.9,
                    100,
                    200,
                    List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                    List.of(Duration.ofMinutes(10)),
                    4,
                    ZoneOffset.UTC));
            names.add(name);
        }
        UserSummary absent = register(accounts, prefix + "-absent");
        TestUsers.login(absent);
        classes.join(c.joinCode());
        long swept = app.getBean(AttemptService.class).start(sweepId).id();
        return new Seeded(c.id(), quizId, quiz, sweepId, swept, now.plus(sweepAfter), names, teacher.username());
    }

    private static UserSummary register(AccountService accounts, String name) {
        return accounts.register(new Registration(name, "Learner " + name, PASSWORD, PASSWORD, Language.EN));
    }

    /** Ten questions answered by one click: single choice and true/false, in id order. */
    private static List<String> tenChoiceQuestions(BankService bank) {
        return Stream.of(QuestionType.TRUE_FALSE, QuestionType.SINGLE_CHOICE)
                .flatMap(t -> bank
                        .find(
                                new QuestionFilter(
                                        Optional.empty(), Optional.of(t), Optional.empty(), Optional.empty()),
                                0,
                                5)
                        .stream())
                .map(QuestionSummary::id)
                .toList();
    }
}
