package org.quiztrainer.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load benchmark of one or two nodes behind HAProxy ({@code scripts/load-benchmark}). For each N: a fresh
 * database, {@code scripts/cluster up}, N learners seeded in one class; then N learners, each in a
 * Chromium context of their own, sign in through HAProxy, take the same ten-question quiz at the same
 * moment and study 20 cards each. With {@code --kill}, the node holding more of them is killed with
 * SIGKILL when half the quiz answers are in; its learners sign in again on the other node and go on.
 * It prints, per run: answers per second, the server's time per click (HAProxy's Tr of every Vaadin
 * request, p50/p95/p99) and the time a learner waits from a click to the updated card (in the page),
 * errors, answers expected vs stored, heap per Vaadin session after GC and CPU per node, and the classes
 * that grew most per session.
 *
 * <p>Arguments: the values of N (default 10 25 50), {@code --nodes=1|2} (default 2), {@code --kill} (two
 * nodes only), {@code --think=MS} (pause between a learner's clicks, default 500). HAProxy listens on
 * {@code QT_PORT} (18400), the nodes on the next two ports. The database: {@code QT_PG_HOST}, {@code QT_PG_PORT} (localhost:5432),
 * {@code QT_DB_USER}/{@code QT_DB_PASSWORD} (quiztrainer), database {@code quiztrainer_cluster_bench}.
 */
public final class LoadBenchmark {

    static final int QUIZ = 10;
    static final int CARDS = 20;
    static final int WARM_UP = 2;

    private LoadBenchmark() {}

    record Run(
            int nodes,
            int learners,
            boolean kill,
            double seconds,
            double answersPerSecond,
            long[] serverMs,
            long[] learnerMs,
            int errors,
            long expected,
            long stored,
            long[] sessions,
            long[] heapPerSession,
            double[] cpu,
            String killed,
            String growth) {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        boolean kill = false;
        long think = 500;
        int nodes = 2;
        for (String a : args) {
            if (a.startsWith("--nodes=")) {
                nodes = Integer.parseInt(a.substring(8));
                if (nodes != 1 && nodes != 2) {
                    throw new IllegalArgumentException("--nodes must be 1 or 2");
                }
            } else if (a.equals("--kill")) {
                kill = true;
            } else if (a.startsWith("--think=")) {
                think = Long.parseLong(a.substring(8));
            } else {
                sizes.add(Integer.parseInt(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10, 25, 50);
        }
        if (kill && nodes == 1) {
            throw new IllegalArgumentException("--kill needs two nodes");
        }
        List<Run> runs = new ArrayList<>();
        for (int n : sizes) {
            runs.add(run(nodes, n, kill, think));
            print(runs, think);
        }
    }

    static Run run(int nodes, int n, boolean kill, long think) throws Exception {
        Path root = Path.of("target/load-benchmark/run-" + nodes + "-" + n + (kill ? "-kill" : ""));
        deleteTree(root);
        String host = System.getenv().getOrDefault("QT_PG_HOST", "localhost");
        int port = Integer.parseInt(System.getenv().getOrDefault("QT_PG_PORT", "5432"));
        String user = System.getenv().getOrDefault("QT_DB_USER", "quiztrainer");
        String password = System.getenv().getOrDefault("QT_DB_PASSWORD", "quiztrainer");
        LocalCluster cluster = new LocalCluster(root, host, port, "quiztrainer_cluster_bench", Path.of("questions"), "")
                .atPorts(Integer.parseInt(System.getenv().getOrDefault("QT_PORT", "18400")))
                .with("QT_NODES", Integer.toString(nodes))
                .with("QT_JAVA_OPTS", System.getenv().getOrDefault("QT_JAVA_OPTS", "-Xmx512m"));
        System.out.printf(
                "== %d node(s), N = %d%s: starting the cluster (%s)%n",
                nodes, n, kill ? ", a node killed halfway" : "", load());
        cluster.up();
        try (Chromium chromium = Chromium.launch()) {
            ClusterSeed.Seeded seed = ClusterSeed.seed(
                    cluster.jdbcUrl(), user, password, "questions", "lb", n + WARM_UP, Duration.ofHours(2));
            String base = "http://localhost:" + cluster.port;
            AtomicInteger quizDone = new AtomicInteger();
            List<BenchLearner> warm = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                BenchLearner w = new BenchLearner(
                        chromium.newPage(),
                        base,
                        seed.learners().get(n + i),
                        ClusterSeed.PASSWORD,
                        seed.quizId(),
                        CARDS,
                        0,
                        quizDone);
                w.signIn();
                w.quiz();
                w.study();
                warm.add(w);
            }
            quizDone.set(0);
            long[] pids = new long[nodes];
            long[] heapBefore = new long[nodes];
            List<Map<String, Long>> histBefore = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                pids[i] = cluster.pid(i + 1);
                heapBefore[i] = NodeProbe.heapAfterGc(pids[i]);
                histBefore.add(NodeProbe.histogram(pids[i]));
            }
            long[] sessionsBefore = sessionsPerNode(warm);

            List<BenchLearner> learners = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                learners.add(new BenchLearner(
                        chromium.newPage(),
                        base,
                        seed.learners().get(i),
                        ClusterSeed.PASSWORD,
                        seed.quizId(),
                        CARDS,
                        think,
                        quizDone));
            }
            System.out.printf("   %d learners sign in (%s)%n", n, load());
            CyclicBarrier together = new CyclicBarrier(n);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            double[] cpuBefore = new double[nodes];
            for (int i = 0; i < nodes; i++) {
                cpuBefore[i] = NodeProbe.cpuSeconds(pids[i]);
            }
            Instant[] started = new Instant[1];
            List<Future<?>> work = new ArrayList<>();
            for (BenchLearner l : learners) {
                work.add(pool.submit(() -> {
                    l.signIn();
                    if (together.await() == 0) {
                        started[0] = Instant.now();
                    }
                    l.quiz();
                    l.study();
                    return null;
                }));
            }
            String killed = kill ? killHalfway(cluster, learners, quizDone, n * QUIZ / 2) : "";
            int errors = 0;
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (Exception e) {
                    errors++;
                    System.out.println("   a learner failed: " + e.getCause());
                }
            }
            Instant ended = Instant.now();
            pool.shutdown();
            double seconds = Duration.between(started[0], ended).toMillis() / 1000.0;
            double[] cpu = {-1, -1};
            for (int i = 0; i < nodes; i++) {
                cpu[i] = alive(pids[i]) ? (NodeProbe.cpuSeconds(pids[i]) - cpuBefore[i]) / seconds * 100 : -1;
            }
            long[] sessions = sessionsPerNode(learners);
            long[] perSession = {-1, -1};
            StringBuilder growth = new StringBuilder();
            for (int i = 0; i < nodes; i++) {
                long added = sessions[i];
                if (!alive(pids[i]) || added == 0) {
                    perSession[i] = -1;
                    continue;
                }
                perSession[i] = (NodeProbe.heapAfterGc(pids[i]) - heapBefore[i]) / added;
                if (growth.isEmpty()) {
                    Map<String, Long> after = NodeProbe.histogram(pids[i]);
                    for (var e : NodeProbe.growth(histBefore.get(i), after, 8)) {
                        growth.append(
                                String.format(Locale.ROOT, "%s %.1f KB, ", e.getKey(), e.getValue() / 1024.0 / added));
                    }
                }
            }
            for (BenchLearner l : learners) {
                errors += l.errors;
            }
            List<String> names = seed.learners().subList(0, n);
            long expected = learners.stream().mapToLong(l -> QUIZ + l.studied).sum()
                    - learners.stream()
                                    .filter(l -> l.quizAnswered == 0 && l.studied == 0)
                                    .count()
                            * QUIZ;
            long stored = stored(cluster.jdbcUrl(), user, password, seed.quizId(), names);
            List<HaproxyLog.Request> requests = HaproxyLog.read(cluster.dir.resolve("haproxy.log"), started[0], ended);
            errors += (int)
                    requests.stream().filter(r -> r.status() >= 500 && !kill).count();
            long[] server = percentiles(requests.stream()
                    .filter(HaproxyLog.Request::vaadinEvent)
                    .filter(r -> r.serverMs() >= 0)
                    .map(HaproxyLog.Request::serverMs)
                    .toList());
            List<Long> clicks = new ArrayList<>();
            learners.forEach(l -> {
                l.quizMs.forEach(ms -> clicks.add(Math.round(ms)));
                l.studyMs.forEach(ms -> clicks.add(Math.round(ms)));
            });
            long answers =
                    learners.stream().mapToLong(l -> l.quizAnswered + l.studied).sum();
            Run run = new Run(
                    nodes,
                    n,
                    kill,
                    seconds,
                    answers / seconds,
                    server,
                    percentiles(clicks),
                    errors,
                    expected,
                    stored,
                    sessions,
                    perSession,
                    cpu,
                    killed,
                    growth.toString());
            System.out.printf("   done in %.1f s (%s)%n", seconds, load());
            return run;
        } finally {
            cluster.down();
        }
    }

    private static String killHalfway(
            LocalCluster cluster, List<BenchLearner> learners, AtomicInteger quizDone, int half) throws Exception {
        while (quizDone.get() < half) {
            Thread.sleep(50);
        }
        long[] on = sessionsPerNode(learners);
        int node = on[0] >= on[1] ? 1 : 2;
        cluster.signal(node, "KILL");
        System.out.printf(
                "   node%d killed (SIGKILL) after %d quiz answers, with %d learners on it%n",
                node, quizDone.get(), on[node - 1]);
        return "node" + node + " (" + on[node - 1] + " learners)";
    }

    private static long[] sessionsPerNode(List<BenchLearner> learners) {
        long[] on = new long[2];
        for (BenchLearner l : learners) {
            if ("node1".equals(l.node)) {
                on[0]++;
            } else if ("node2".equals(l.node)) {
                on[1]++;
            }
        }
        return on;
    }

    /** Quiz answers and study reviews stored for the learners named. */
    private static long stored(String url, String user, String password, long quizId, List<String> names)
            throws Exception {
        String in = String.join(",", Collections.nCopies(names.size(), "?"));
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            long total = 0;
            for (String sql : List.of(
                    "SELECT COUNT(*) FROM attempt_answer a JOIN attempt t ON t.id = a.attempt_id"
                            + " JOIN app_user u ON u.id = t.learner_id WHERE t.assignment_id = " + quizId
                            + " AND u.username IN (" + in + ")",
                    "SELECT COUNT(*) FROM review_log r JOIN app_user u ON u.id = r.learner_id"
                            + " WHERE r.source = 'STUDY' AND u.username IN (" + in + ")")) {
                try (PreparedStatement s = db.prepareStatement(sql)) {
                    for (int i = 0; i < names.size(); i++) {
                        s.setString(i + 1, names.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        total += r.getLong(1);
                    }
                }
            }
            return total;
        }
    }

    /** p50, p95, p99 (nearest rank). */
    static long[] percentiles(List<Long> values) {
        if (values.isEmpty()) {
            return new long[] {-1, -1, -1};
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double[] ps = {0.50, 0.95, 0.99};
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) {
            out[i] = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(ps[i] * sorted.size()) - 1));
        }
        return out;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String load() throws IOException {
        return "load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static void print(List<Run> runs, long think) throws IOException {
        StringBuilder t = new StringBuilder();
        t.append(String.format(
                "%nThink time %d ms, %d quiz answers and %d cards per learner, nodes behind HAProxy (%s).%n%n",
                think, QUIZ, CARDS, System.getenv().getOrDefault("QT_JAVA_OPTS", "-Xmx512m")));
        t.append(
                "| nodes | N | node killed | seconds | answers/s | server ms p50/p95/p99 | learner ms p50/p95/p99 | errors |"
                        + " answers expected / stored | sessions node1/node2 | heap per session KB node1/node2 | CPU % node1/node2 |\n");
        t.append("|---:|---|---|---:|---:|---|---|---:|---|---|---|---|\n");
        for (Run r : runs) {
            t.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %s | %.1f | %.1f | %d / %d / %d | %d / %d / %d | %d | %d / %d | %d / %d | %s / %s | %s / %s |%n",
                    r.nodes(),
                    r.learners(),
                    r.kill() ? r.killed() : "no",
                    r.seconds(),
                    r.answersPerSecond(),
                    r.serverMs()[0],
                    r.serverMs()[1],
                    r.serverMs()[2],
                    r.learnerMs()[0],
                    r.learnerMs()[1],
                    r.learnerMs()[2],
                    r.errors(),
                    r.expected(),
                    r.stored(),
                    r.sessions()[0],
                    r.sessions()[1],
                    kb(r.heapPerSession()[0]),
                    kb(r.heapPerSession()[1]),
                    pct(r.cpu()[0]),
                    pct(r.cpu()[1])));
        }
        t.append("\nClasses that grew most, per session (first live node):\n\n");
        for (Run r : runs) {
            t.append("- ")
                    .append(r.nodes())
                    .append(" node(s), N = ")
                    .append(r.learners())
                    .append(": ")
                    .append(r.growth())
                    .append('\n');
        }
        System.out.print(t);
        Path out = Path.of("target/load-benchmark/results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out, t.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String kb(long bytes) {
        return bytes < 0 ? "–" : Long.toString(bytes / 1024);
    }

    private static String pct(double p) {
        return p < 0 ? "–" : String.format(Locale.ROOT, "%.0f", p);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
