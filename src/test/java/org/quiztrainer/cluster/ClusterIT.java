package org.quiztrainer.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.Browser;
import org.quiztrainer.bank.parse.BankFixtures;

/**
 * The app on several nodes, as deployed: a PostgreSQL server of the test's own, two nodes of the production
 * jar and HAProxy with sticky sessions, all started by {@code scripts/cluster}. In real Chromium through
 * HAProxy, a learner starts a quiz, answers, is sent to the other node by a stale cookie (asked to sign in,
 * answers kept), answers more, and their node is frozen and killed with SIGKILL in the middle of an answer:
 * they land on the other node, sign in, find every committed answer and not the one in flight; with the
 * database stopped an answer says "try again" and is saved once it is back; they finish. Meanwhile the
 * deadline sweep of another learner's attempt runs exactly once across the two nodes, and an admin's reload
 * on node 1 is seen on node 2.
 *
 * <p>Runs only with {@code -Dcluster.test=true} (CI's last step, after the production jar is built; see
 * {@code .ci/run}) and needs HAProxy, PostgreSQL's server programs and Chromium.
 */
class ClusterIT {

    static final Path ROOT = Path.of("target/cluster-it");
    static final String PROBE = "Cluster reload probe";
    /** Outside the checkout, which the server's user {@code postgres} may not be allowed to enter. */
    static final Path PG_DIR = Path.of(System.getProperty("java.io.tmpdir"), "quiztrainer_cluster_it_pg");

    static PrivatePostgres pg;
    static LocalCluster cluster;
    static ClusterSeed.Seeded seeded;

    @BeforeAll
    static void upTheCluster() throws Exception {
        Assumptions.assumeTrue(
                Boolean.getBoolean("cluster.test"),
                "Cluster test skipped: run it with -Dcluster.test=true (.ci/run does, after building the jar)");
        required(Files.isExecutable(Path.of("/usr/sbin/haproxy")), "HAProxy (apt-get install haproxy)");
        required(PrivatePostgres.installed(), "PostgreSQL's server programs (apt-get install postgresql)");
        LocalCluster.downLeftovers(ROOT);
        delete(ROOT);
        Path bank = ROOT.resolve("bank");
        BankFixtures.copy(Path.of("questions"), bank);
        pg = PrivatePostgres.create(PG_DIR, LocalCluster.freePort());
        cluster = new LocalCluster(
                ROOT,
                "127.0.0.1",
                pg.port,
                "quiztrainer_cluster_ci",
                bank,
                "--app.demo-data=true --app.attempt-sweep-ms=2000");
        // Start-up time dominates this test: the client compiler only and one GC thread start a node sooner.
        cluster.with("QT_JAVA_OPTS", "-Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        LocalCluster.Starting starting = cluster.upInBackground();
        seeded = ClusterSeed.seed(
                cluster.jdbcUrl(), "quiztrainer", "quiztrainer", bank.toString(), "ci", 1, Duration.ofSeconds(45));
        starting.awaitUp();
    }

    /** Skips the test without {@code what}, or fails it on CI ({@code CI=true}), where it must run. */
    private static void required(boolean present, String what) {
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("The cluster test cannot run on CI without " + what);
        }
        Assumptions.assumeTrue(present, "Cluster test skipped: it needs " + what);
    }

    @AfterAll
    static void downTheCluster() throws Exception {
        if (cluster != null) {
            cluster.down();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void aLearnerOutlivesTheirNodeAndTheNodesShareOneDatabase() throws Exception {
        anAdminsReloadOnNode1IsSeenOnNode2();
        try (Browser learner = Browser.open("http://localhost:" + cluster.port)) {
            try {
                learnerJourney(learner);
            } catch (Exception | AssertionError e) {
                learner.screenshot("cluster-failure");
                Files.writeString(ROOT.resolve("failure.html"), learner.driver.getPageSource(), StandardCharsets.UTF_8);
                throw e;
            }
        }
        try (Connection db = database()) {
            ResultSet r = db.createStatement()
                    .executeQuery("SELECT COUNT(*), COUNT(DISTINCT question_id) FROM attempt_answer a"
                            + " JOIN attempt t ON t.id = a.attempt_id WHERE t.assignment_id = " + seeded.quizId());
            r.next();
            assertThat(r.getInt(1)).as("ten answers stored, one per question").isEqualTo(10);
            assertThat(r.getInt(2)).isEqualTo(10);
        }
    }

    private void learnerJourney(Browser learner) throws Exception {
        {
            signIn(learner, seeded.learners().get(0), By.cssSelector(".home-view"));
            learner.go("/my-assignments");
            click(
                    learner,
                    By.xpath("//*[contains(concat(' ', @class, ' '), ' assignment-card ')][contains(., 'Cluster quiz')]"
                            + "//vaadin-button[normalize-space(.)='Start']"));
            learner.waitFor(By.cssSelector(".attempt-progress"));
            for (int q = 0; q < 3; q++) {
                answer(learner, q, 0, q + 1);
            }

            int first = node(learner);
            aStaleCookieSendsTheLearnerToSignInOnTheOtherNode(learner, first);
            for (int q = 3; q < 5; q++) {
                answer(learner, q, 0, q + 1);
            }
            theSweepOfTheAbsentLearnersAttemptRanOnceAcrossTheNodes();

            int second = node(learner);
            assertThat(second).isNotEqualTo(first);
            theNodeDiesInTheMiddleOfAnAnswer(learner, second);
            signIn(learner, seeded.learners().get(0), By.cssSelector(".attempt-progress"));
            assertThat(node(learner)).isEqualTo(first);
            learner.waitForText(By.cssSelector(".attempt-progress"), "5 of 10 answered");
            assertThat(checkedQuestions(learner))
                    .as("every committed answer is back, the one in flight is not")
                    .containsExactly(true, true, true, true, true, false, false, false, false, false);

            anAnswerWhileTheDatabaseIsDownSaysTryAgainAndIsSavedOnceItIsBack(learner);
            for (int q = 6; q < 10; q++) {
                answer(learner, q, 0, q + 1);
            }
            click(learner, By.xpath("//vaadin-button[normalize-space(.)='Submit']"));
            waitForContent(learner, ".attempt-review-view", "Score:");
            learner.screenshot("cluster-review");
        }
    }

    private void anAdminsReloadOnNode1IsSeenOnNode2() throws Exception {
        try (Browser one = Browser.open("http://127.0.0.1:" + cluster.nodePorts[1]);
                Browser two = Browser.open("http://localhost:" + cluster.nodePorts[2])) {
            for (Browser b : List.of(one, two)) {
                signIn(b, "admin", "admin123", By.cssSelector(".home-view"));
                b.go("/bank");
            }
            int before = loaded(two);
            Files.writeString(
                    ROOT.resolve("bank/concepts/cluster-probe.txt"), """
                    @question cluster.probe
                    type: flashcard
                    topic: aigc-llm
                    source: cluster test
                    text.zh: 集群重新加载探针？
                    text.en: %s?
                    back.zh: 在另一个节点上可见。
                    back.en: Seen on the other node.
                    explain.zh: 一个节点重新加载，所有节点可见。
                    explain.en: A reload on one node is seen on every node.
                    """.formatted(PROBE), StandardCharsets.UTF_8);
            click(one, By.cssSelector(".load-report vaadin-details-summary"));
            click(one, By.xpath("//vaadin-button[normalize-space(.)='Reload the question files']"));
            waitForContent(one, ".load-report", "Loaded " + (before + 1) + " questions");
            Instant reloaded = Instant.now();

            two.go("/bank");
            waitForContent(two, ".load-report", "Loaded " + (before + 1) + " questions");
            WebElement search = two.waitFor(By.cssSelector(".bank-view vaadin-text-field input"));
            search.sendKeys(PROBE);
            two.waitForText(By.cssSelector(".bank-view .question-grid"), PROBE);
            assertThat(Duration.between(reloaded, Instant.now())).isLessThan(Duration.ofSeconds(30));
            two.screenshot("cluster-reload-seen-on-node2");
        }
    }

    private void aStaleCookieSendsTheLearnerToSignInOnTheOtherNode(Browser learner, int from) {
        String other = from == 1 ? "node2" : "node1";
        learner.driver.manage().deleteCookieNamed("QTNODE");
        learner.driver.manage().addCookie(new Cookie("QTNODE", other, "/"));
        learner.driver.navigate().refresh();
        learner.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(learner.driver.findElements(By.cssSelector(".error-view"))).isEmpty();
        signIn(learner, seeded.learners().get(0), By.cssSelector(".attempt-progress"));
        learner.waitForText(By.cssSelector(".attempt-progress"), "3 of 10 answered");
    }

    private void theSweepOfTheAbsentLearnersAttemptRanOnceAcrossTheNodes() throws Exception {
        long id = seeded.sweptAttempt();
        waitUntil(Duration.ofSeconds(90), () -> {
            try (Connection db = database()) {
                ResultSet r = db.createStatement().executeQuery("SELECT submitted_at FROM attempt WHERE id = " + id);
                return r.next() && r.getTimestamp(1) != null;
            }
        });
        String line = "Attempt " + id + " submitted at its deadline by the sweep";
        long times = Stream.of(cluster.log(1), cluster.log(2))
                .flatMap(String::lines)
                .filter(l -> l.contains(line))
                .count();
        assertThat(times).as("'%s' in both nodes' logs", line).isEqualTo(1);
        try (Connection db = database()) {
            ResultSet r = db.createStatement().executeQuery("SELECT version FROM attempt WHERE id = " + id);
            r.next();
            assertThat(r.getLong(1))
                    .as("the attempt was written once after it started")
                    .isEqualTo(1);
        }
    }

    private void theNodeDiesInTheMiddleOfAnAnswer(Browser learner, int node) throws Exception {
        cluster.signal(node, "STOP");
        choose(learner, 5, 0);
        Thread.sleep(1500);
        cluster.signal(node, "KILL");
        new WebDriverWait(learner.driver, Duration.ofSeconds(90))
                .until(d -> !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
        assertThat(learner.driver.findElements(By.cssSelector(".error-view"))).isEmpty();
        assertThat(learner.driver.getPageSource()).doesNotContain("503 Service Unavailable");
        learner.screenshot("cluster-sign-in-again");
    }

    private void anAnswerWhileTheDatabaseIsDownSaysTryAgainAndIsSavedOnceItIsBack(Browser learner) throws Exception {
        pg.stop();
        try {
            choose(learner, 5, 0);
            new WebDriverWait(learner.driver, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(
                                    By.xpath("//vaadin-notification-card[contains(., 'cannot reach its database')]"))
                            .isEmpty());
            learner.screenshot("cluster-database-down");
            assertThat(learner.driver
                            .findElement(By.cssSelector(".attempt-progress"))
                            .getText())
                    .isEqualTo("5 of 10 answered");
        } finally {
            pg.start();
        }
        choose(learner, 5, 1);
        learner.waitForText(By.cssSelector(".attempt-progress"), "6 of 10 answered");
    }

    /** Waits for text in an element, shown or not (the load report folds away after a successful load). */
    private static void waitForContent(Browser b, String css, String text) {
        new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(d -> String.valueOf(b.js(
                                "const e = document.querySelector(arguments[0]);" + " return e ? e.textContent : ''",
                                css))
                        .contains(text));
    }

    private static int loaded(Browser b) {
        b.waitFor(By.cssSelector(".load-report"));
        String text = String.valueOf(b.js("return document.querySelector('.load-report').textContent"));
        Matcher m = Pattern.compile("Loaded (\\d+) questions").matcher(text);
        assertThat(m.find()).as("load report: %s", text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static void answer(Browser b, int question, int choice, int answeredAfter) {
        choose(b, question, choice);
        b.waitForText(By.cssSelector(".attempt-progress"), answeredAfter + " of 10 answered");
    }

    /** Clicks a choice of a question, scrolled into the middle of the view first. */
    private static void choose(Browser b, int question, int choice) {
        WebElement radio = question(b, question)
                .findElements(By.tagName("vaadin-radio-button"))
                .get(choice);
        b.js("arguments[0].scrollIntoView({block: 'center'})", radio);
        radio.click();
    }

    /** A question's card (present, perhaps scrolled out of the view's scrolling area). */
    private static WebElement question(Browser b, int index) {
        new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".attempt-question")).size() > index);
        return b.driver.findElements(By.cssSelector(".attempt-question")).get(index);
    }

    private static List<Boolean> checkedQuestions(Browser b) {
        return b.driver.findElements(By.cssSelector(".attempt-question")).stream()
                .map(q -> q.findElements(By.cssSelector("vaadin-radio-button[checked]"))
                                .size()
                        == 1)
                .toList();
    }

    private static int node(Browser b) {
        Cookie c = b.driver.manage().getCookieNamed("QTNODE");
        assertThat(c).as("HAProxy's sticky cookie").isNotNull();
        return c.getValue().equals("node1") ? 1 : 2;
    }

    private static void signIn(Browser b, String user, By landing) {
        signIn(b, user, ClusterSeed.PASSWORD, landing);
    }

    private static void signIn(Browser b, String user, String password, By landing) {
        if (b.driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty()) {
            b.go("/login");
        }
        WebElement name = b.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        name.sendKeys(user);
        b.driver
                .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password, Keys.ENTER);
        b.waitFor(landing);
    }

    private static void click(Browser b, By by) {
        new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(d -> b.waitFor(by).isEnabled());
        WebElement element = b.waitFor(by);
        b.js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        b.settle();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(cluster.jdbcUrl(), "quiztrainer", "quiztrainer");
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Duration limit, Check check) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(500);
        }
    }

    private static void delete(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
