package org.quiztrainer.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quiztrainer.Application;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Role;
import org.quiztrainer.srs.Rating;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hot path under load: seeds a database with 1,000 learners, the whole bank, 400 cards per learner
 * and 2 million review-log rows, then times {@code next} + {@code answer} for random learners and prints
 * p50 / p95 / p99. The app runs as in production (whole context, port 0); the default database is a
 * fresh H2 file under {@code target/bench/} with the app's own URL options. Run:
 *
 * <pre>
 * bash scripts/benchmark org.quiztrainer.study.StudyBenchmark
 * bash scripts/benchmark org.quiztrainer.study.StudyBenchmark --spring.datasource.url=jdbc:postgresql://localhost/bench \
 *     --spring.datasource.username=u --spring.datasource.password=p
 * </pre>
 */
public final class StudyBenchmark {

    static final int LEARNERS = 1000;
    static final int CARDS_PER_LEARNER = 400;
    static final int LOGS_PER_CARD = 5;
    static final int WARMUP = 300;
    static final int MEASURED = 3000;

    private StudyBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> spring = new ArrayList<>(Arrays.asList(args));
        String db = "H2 (file)";
        if (spring.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            Path dir = Files.createDirectories(Path.of("target/bench")).toAbsolutePath();
            spring.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("study" + System.nanoTime())
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        } else {
            db = spring.stream()
                    .filter(a -> a.startsWith("--spring.datasource.url="))
                    .findFirst()
                    .orElseThrow()
                    .replaceAll(".*jdbc:([a-z0-9]+):.*", "$1");
        }
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
            long t0 = System.nanoTime();
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            long firstLearner = seed(jdbc, tx, now);
            double seedSeconds = (System.nanoTime() - t0) / 1e9;
            StudyService study = context.getBean(StudyService.class);

            run(study, firstLearner, WARMUP, 1, 7);
            Timings one = run(study, firstLearner, MEASURED, 1, 11);
            System.out.printf(
                    Locale.ROOT,
                    "%nStudy hot path on %s: %d learners, %,d cards, %,d review-log rows " + "(seeded in %.0f s)%n%n",
                    db,
                    LEARNERS,
                    (long) LEARNERS * CARDS_PER_LEARNER,
                    jdbc.queryForObject("select count(*) from review_log", Long.class),
                    seedSeconds);
            System.out.println("| operation | threads | n | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            one.print("next", 1, one.next);
            one.print("answer", 1, one.answer);
            one.print("next + answer", 1, one.total);
            Timings four = run(study, firstLearner, MEASURED, 4, 13);
            four.print("next + answer", 4, four.total);
        }
    }

    /** Latencies in nanoseconds. */
    @SuppressWarnings("ArrayRecordComponent") // a private holder of samples, never compared
    record Timings(long[] next, long[] answer, long[] total) {

        void print(String name, int threads, long[] values) {
            long[] v = values.clone();
            Arrays.sort(v);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f |%n",
                    name,
                    threads,
                    v.length,
                    ms(v, 0.50),
                    ms(v, 0.95),
                    ms(v, 0.99),
                    v[v.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double q) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    static Timings run(StudyService study, long firstLearner, int n, int threads, long seed) throws Exception {
        long[] next = new long[n];
        long[] answer = new long[n];
        long[] total = new long[n];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            jobs.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed * 31 + thread);
                // Each thread studies its own learners: one learner answers in one place at a time.
                for (int i = thread; i < n; i += threads) {
                    long learner = firstLearner + thread + (long) threads * random.nextInt(LEARNERS / threads);
                    TestUsers.login(new AppUserDetails(learner, "bench" + learner, "", Role.LEARNER, false));
                    long a = System.nanoTime();
                    StudyItem item = study.next(StudyScope.WHOLE_BANK).orElseThrow();
                    long b = System.nanoTime();
                    study.answer(new AnswerCommand(
                            item.questionId(),
                            item.cardVersion(),
                            item.requestId(),
                            Rating.ofGrade(2 + random.nextInt(3)),
                            Optional.empty(),
                            Duration.ofSeconds(6),
                            ReviewSource.STUDY));
                    long c = System.nanoTime();
                    next[i] = b - a;
                    answer[i] = c - b;
                    total[i] = c - a;
                }
                TestUsers.logout();
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        return new Timings(next, answer, total);
    }

    /** Inserts the learners, cards and review log with plain JDBC batches; returns the first learner id. */
    static long seed(JdbcTemplate jdbc, TransactionTemplate tx, Instant now) {
        Long existing = jdbc.queryForObject("select count(*) from review_log", Long.class);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("The benchmark needs an empty database; review_log has rows");
        }
        List<String> questions =
                jdbc.queryForList("select id from bank_question where retired = false order by id", String.class);
        Timestamp created = Timestamp.from(now);
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            users.add(new Object[] {"bench" + i, "Bench " + i, "{noop}x", "LEARNER", "en", created});
        }
        batch(
                tx,
                jdbc,
                "insert into app_user (username, display_name, password_hash, role, language, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)",
                users);
        long first = jdbc.queryForObject("select min(id) from app_user where username like 'bench%'", Long.class);
        SplittableRandom random = new SplittableRandom(42);
        List<Object[]> cards = new ArrayList<>();
        for (int l = 0; l < LEARNERS; l++) {
            List<String> mine = new ArrayList<>(questions);
            for (int i = mine.size() - 1; i > 0; i--) {
                java.util.Collections.swap(mine, i, random.nextInt(i + 1));
            }
            for (String q : mine.subList(0, Math.min(CARDS_PER_LEARNER, mine.size()))) {
                double stability = Math.exp(random.nextDouble(0, Math.log(200)));
                long days = Math.max(1, Math.round(stability));
                Instant due = now.plus(Duration.ofMinutes(random.nextLong(-15 * 1440, 90 * 1440)));
                cards.add(new Object[] {
                    first + l,
                    q,
                    1,
                    "REVIEW",
                    0,
                    stability,
                    random.nextDouble(2, 9),
                    Timestamp.from(due),
                    Timestamp.from(due.minus(Duration.ofDays(days))),
                    days,
                    days,
                    LOGS_PER_CARD,
                    random.nextInt(3)
                });
            }
            if (cards.size() >= 20_000 || l == LEARNERS - 1) {
                batch(
                        tx,
                        jdbc,
                        "insert into study_card (learner_id, question_id, seen_revision, state, step, "
                                + "stability, difficulty, due, last_review, elapsed_days, scheduled_days, reps, lapses) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        cards);
                cards.clear();
            }
        }
        List<Object[]> logs = new ArrayList<>();
        String insert = "insert into review_log (learner_id, card_id, question_id, question_type, question_revision, "
                + "request_id, source, reviewed_at, rating, answer_ms, state_before, state_after, elapsed_days, "
                + "scheduled_days, stability, difficulty, due_after, prev_state, prev_step, prev_stability, "
                + "prev_difficulty, prev_due, prev_elapsed_days, prev_scheduled_days, prev_reps, prev_lapses, "
                + "prev_suspended, prev_leech, card_created) values (?, ?, ?, 'flashcard', 1, ?, 'STUDY', ?, ?, ?, "
                + "'REVIEW', 'REVIEW', 3, 7, 5.0, 5.0, ?, 'REVIEW', 0, 4.0, 5.0, ?, 3, 3, 1, 0, false, false, false)";
        jdbc.query(
                "select id, learner_id, question_id, last_review from study_card where learner_id >= ? "
                        + "order by id",
                rs -> {
                    long card = rs.getLong(1);
                    Instant last = rs.getTimestamp(4).toInstant();
                    for (int k = 0; k < LOGS_PER_CARD; k++) {
                        Timestamp at = Timestamp.from(last.minus(Duration.ofDays(7L * k)));
                        logs.add(new Object[] {
                            rs.getLong(2),
                            card,
                            rs.getString(3),
                            "seed-" + card + "-" + k,
                            at,
                            1 + random.nextInt(4),
                            3000 + random.nextInt(9000),
                            at,
                            at
                        });
                    }
                    if (logs.size() >= 20_000) {
                        batch(tx, jdbc, insert, logs);
                        logs.clear();
                    }
                },
                first);
        if (!logs.isEmpty()) {
            batch(tx, jdbc, insert, logs);
        }
        return first;
    }

    /** One batch in one transaction: the app's H2 URL writes on every commit. */
    private static void batch(TransactionTemplate tx, JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        tx.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows));
    }
}
