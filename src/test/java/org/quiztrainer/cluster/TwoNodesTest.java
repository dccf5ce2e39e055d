package org.quiztrainer.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Registration;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.LoadReport;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.bank.parse.BankFixtures;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one database: they start together and load the bank once; an admin's reload on node A
 * (a new question in a new topic, a unit renamed) reaches node B's study queue, units and load report
 * within 2 seconds, with no restart and no message between the nodes other than the database.
 */
@Tag("db")
class TwoNodesTest {

    static final StudyScope LATE = new StudyScope(Set.of("late"), Set.of());
    static final Duration WITHIN = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    final TwoNodes nodes = new TwoNodes();
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @AfterEach
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            nodes.dropSchema(a);
            a.close();
        }
        TestUsers.logout();
    }

    @Test
    void nodesStartingTogetherLoadTheBankAndTheDemoAccountsOnce() throws Exception {
        String bank = BankFixtures.goodWith(null, dir.resolve("bank")).toString();

        CompletableFuture<ConfigurableApplicationContext> first =
                nodes.startInBackground("A", bank, "--app.demo-data=true");
        CompletableFuture<ConfigurableApplicationContext> second =
                nodes.startInBackground("B", bank, "--app.demo-data=true");
        a = first.get();
        b = second.get();

        JdbcTemplate db = a.getBean(JdbcTemplate.class);
        Map<String, Object> load = db.queryForMap("SELECT loaded_by, version FROM bank_load");
        assertThat(load.get("loaded_by")).isIn("A", "B");
        assertThat(((Number) load.get("version")).longValue())
                .as("the bank_load row was written once, by the node that synced")
                .isZero();
        assertThat(db.queryForObject("SELECT MAX(revision) FROM bank_question", Integer.class))
                .isEqualTo(1);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class))
                .as("the demo accounts (one per role and the learner's 12 classmates), once")
                .isEqualTo(15);

        ConfigurableApplicationContext later = nodes.start("C", bank);
        try {
            assertThat(db.queryForObject("SELECT loaded_by FROM bank_load", String.class))
                    .as("a node started later finds the bank unchanged and writes nothing")
                    .isEqualTo(load.get("loaded_by"));
        } finally {
            later.close();
        }
    }

    @Test
    void aReloadOnOneNodeIsSeenOnTheOtherWithinTwoSeconds() throws IOException {
        Path bank = BankFixtures.goodWith(null, dir.resolve("bank"));
        a = nodes.start("A", bank.toString());
        b = nodes.start("B", bank.toString());
        UserSummary learner = b.getBean(AccountService.class)
                .register(new Registration("nodes-learner", "", "nodes-learner-1", "nodes-learner-1", Language.EN));
        TestUsers.login(learner);
        StudyService studyOnB = b.getBean(StudyService.class);
        BankService bankOnB = b.getBean(BankService.class);
        assertThat(studyOnB.next(LATE)).isEmpty();
        assertThat(bankOnB.unit("days").map(Unit::name).map(n -> n.en())).contains("days");

        addALateQuestionAndRenameDays(bank);
        TestUsers.login(new AppUserDetails(-1, "admin", "", Role.ADMIN, false));
        LoadReport report = a.getBean(BankService.class).reload();
        assertThat(report.isSuccess()).isTrue();
        long reloaded = System.nanoTime();

        TestUsers.login(learner);
        Duration seen = waitFor(() -> studyOnB.next(LATE).map(StudyItem::questionId));
        assertThat(studyOnB.next(LATE)).map(StudyItem::questionId).contains("late.flash");
        assertThat(bankOnB.unit("days").map(Unit::name).map(n -> n.en())).contains("calendar days");
        TestUsers.login(new AppUserDetails(-1, "admin", "", Role.ADMIN, false));
        assertThat(bankOnB.lastReport()).contains(report);
        assertThat(Duration.ofNanos(System.nanoTime() - reloaded))
                .as("seen on B after %s", seen)
                .isLessThan(WITHIN);
    }

    private static Duration waitFor(Supplier<Optional<String>> probe) {
        long start = System.nanoTime();
        while (probe.get().isEmpty()
                && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
            sleep();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void addALateQuestionAndRenameDays(Path bank) throws IOException {
        Files.writeString(
                bank.resolve("topics.txt"),
                Files.readString(bank.resolve("topics.txt"))
                        + "\n@topic late\norder: 90\nname.zh: 新增\nname.en: Added late\n",
                StandardCharsets.UTF_8);
        Files.writeString(bank.resolve("concepts/late.txt"), """
                @question late.flash
                type: flashcard
                topic: late
                source: test
                text.zh: 新增的问题?
                text.en: A question added by a reload?
                back.zh: 是的。
                back.en: Yes.
                explain.zh: 重新加载后立即可学。
                explain.en: It can be studied right after the reload.
                """, StandardCharsets.UTF_8);
        String units = Files.readString(bank.resolve("units.txt"), StandardCharsets.UTF_8);
        Files.writeString(
                bank.resolve("units.txt"),
                units.replace("name.en: days\n", "name.en: calendar days\n"),
                StandardCharsets.UTF_8);
    }
}
