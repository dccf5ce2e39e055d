package org.quiztrainer.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.quiztrainer.Application;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the learner dashboard for a learner with 50,000 review-log rows (a year of simulated study, padded
 * with plain answers), and the class matrix for 200 learners, on a fresh H2 file under {@code target/bench/} with the app's own URL options, and
 * prints a table. Run:
 *
 * <pre>
 * bash scripts/benchmark org.quiztrainer.progress.ProgressBenchmark
 * </pre>
 */
public final class ProgressBenchmark {

    static final int LOG_ROWS = 50_000;
    static final int WARMUP = 10;
    static final int MEASURED = 50;
    static final int CLASS_SIZE = 200;

    private ProgressBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> spring = new ArrayList<>(Arrays.asList(args));
        Path dir = Files.createDirectories(Path.of("target/bench")).toAbsolutePath();
        spring.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("progress" + System.nanoTime())
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        spring.addAll(List.of(
                "--server.port=0",
                "--app.demo-data=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--vaadin.devmode.devTools.enabled=false"));
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Application.class).run(spring.toArray(String[]::new))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Instant now = Instant.now();
            jdbc.update(
                    "insert into app_user (username, display_name, password_hash, role, language, created_at) "
                            + "values ('bench', 'Bench', '{noop}x', 'LEARNER', 'en', ?)",
                    java.sql.Timestamp.from(now));
            long learner = jdbc.queryForObject("select id from app_user where username = 'bench'", Long.class);
            int simulated = ProgressSeed.simulate(jdbc, learner, now, ZoneOffset.UTC, 365, 2, 11);
            ProgressSeed.pad(jdbc, learner, now, LOG_ROWS - simulated, 13);
            long rows =
                    jdbc.queryForObject("select count(*) from review_log where learner_id = ?", Long.class, learner);
            long cards =
                    jdbc.queryForObject("select count(*) from study_card where learner_id = ?", Long.class, learner);
            TestUsers.login(new AppUserDetails(learner, "bench", "", Role.LEARNER, false));
            ProgressService progress = context.getBean(ProgressService.class);
            String question = jdbc.queryForObject(
                    "select question_id from study_card where learner_id = ? "
                            + "order by reps desc, question_id limit 1",
                    String.class,
                    learner);

            System.out.printf(
                    Locale.ROOT,
                    "%nProgress on H2 (file): one learner, %,d review-log rows, %,d cards%n%n",
                    rows,
                    cards);
            System.out.println("| operation | n | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            time("learner dashboard", progress::dashboard);
            time("topic page (root topic)", () -> progress.topic("llm-basics"));
            time("question history", () -> progress.question(question));

            List<ClassMatrix.Learner> learners = seedClass(jdbc, now);
            long classRows =
                    jdbc.queryForObject("select count(*) from review_log where learner_id <> ?", Long.class, learner);
            java.util.Set<String> assigned = new java.util.HashSet<>(jdbc.queryForList(
                    "select id from bank_question where topic_id in ('rnn', 'transformer')", String.class));
            ClassMatrix matrix = context.getBean(ClassMatrix.class);
            System.out.printf(
                    Locale.ROOT,
                    "%nClass view on H2 (file): %d learners, %,d review-log rows, %d assigned " + "questions%n%n",
                    learners.size(),
                    classRows,
                    assigned.size());
            System.out.println("| operation | n | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            ClassQueries classQueries = context.getBean(ClassQueries.class);
            List<Long> ids = learners.stream().map(ClassMatrix.Learner::id).toList();
            time("of which: cards of 200 learners", () -> classQueries.cards(ids));
            time(
                    "of which: answers in the last 7 days",
                    () -> classQueries.answersSince(ids, Instant.now().minus(java.time.Duration.ofDays(7))));
            time(
                    "class matrix + most forgotten items",
                    () -> matrix.read(1, learners, assigned, java.util.Map.of(), Instant.now()));
            long classId = ClassViewBench.build(context, jdbc, learners, List.copyOf(assigned));
            ClassProgressService classProgress = context.getBean(ClassProgressService.class);
            time(
                    "class view as the instructor opens it (members, assignments, item analysis, matrix)",
                    () -> classProgress.matrix(classId));
        }
    }

    /** 200 learners: 10 simulated for 180 days (3 new cards a day), each copied to 19 more. */
    static List<ClassMatrix.Learner> seedClass(JdbcTemplate jdbc, Instant now) {
        List<ClassMatrix.Learner> out = new ArrayList<>();
        long source = 0;
        for (int i = 0; i < CLASS_SIZE; i++) {
            jdbc.update(
                    "insert into app_user (username, display_name, password_hash, role, language, created_at) "
                            + "values (?, ?, '{noop}x', 'LEARNER', 'en', ?)",
                    "c" + i,
                    "Learner " + i,
                    java.sql.Timestamp.from(now));
            long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, "c" + i);
            if (i % 20 == 0) {
                ProgressSeed.simulate(jdbc, id, now, ZoneOffset.UTC, 180, 3, 100 + i);
                source = id;
            } else {
                ProgressSeed.copy(jdbc, source, id);
            }
            out.add(new ClassMatrix.Learner(id, "c" + i, "Learner " + i));
        }
        return out;
    }

    /** Keeps each result alive, so that the JIT cannot drop the work being timed. */
    @SuppressWarnings("UnusedVariable") // written only, so that the JIT keeps the work
    private static volatile int sink;

    static void time(String name, Supplier<?> operation) {
        for (int i = 0; i < WARMUP; i++) {
            sink ^= Objects.hashCode(operation.get());
        }
        long[] ns = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t0 = System.nanoTime();
            sink ^= Objects.hashCode(operation.get());
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f |%n",
                name,
                MEASURED,
                ns[MEASURED / 2] / 1e6,
                ns[(int) Math.ceil(0.95 * MEASURED) - 1] / 1e6,
                ns[MEASURED - 1] / 1e6);
    }
}
