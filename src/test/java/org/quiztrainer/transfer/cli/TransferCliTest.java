package org.quiztrainer.transfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankContents;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.KeyedQuestion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code scripts/bank import} and {@code export}: their output, exit codes, and what they write in the database. */
@AppTest
class TransferCliTest {

    static final String GIFT = """
            $CATEGORY: $course$/top/Basics

            ::capital:: What is the capital of France? {=Paris ~London ~Berlin}

            ::earth:: The Earth is round. {T}

            ::pi:: Pi to two decimals? {#3.14:0.01}
            """;

    @Autowired
    ApplicationContext app;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    BankCatalogService catalog;

    @Autowired
    BankContents contents;

    @TempDir
    Path dir;

    UserSummary author;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void anInstructor() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        author = users.create(Role.INSTRUCTOR);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        Database database = () -> new Database.Session(app, () -> {});
        return TransferCli.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                database);
    }

    private String lastLine() {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.get(lines.size() - 1);
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aDryRunNeedsNoDatabaseAndEndsWithTheReportLine() throws Exception {
        Database none = () -> {
            throw new AssertionError("a dry run opened the database");
        };
        out.reset();
        int code = TransferCli.run(
                List.of("import", write("quiz.gift", GIFT).toString(), "--dry-run"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                none);

        assertThat(code).isZero();
        assertThat(lastLine())
                .isEqualTo("import: 3 questions (single_choice 1, true_false 1, numeric 1), 0 skipped, 0 problems");
    }

    @Test
    void aFileWithProblemsExitsOneWithEachProblemAndWritesNothing() throws Exception {
        Path bad = write("bad.gift", GIFT + "\n::open:: Never closed {=a ~b\n");

        assertThat(run("import", bad.toString(), "--dry-run")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("problem: line 9");
        assertThat(lastLine()).endsWith(", 1 problems");

        assertThat(run("import", bad.toString(), "--bank", "Broken", "--user", author.username()))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nothing written");
        TestUsers.login(author);
        assertThat(catalog.banks()).noneMatch(b -> b.bank().title().equals("Broken"));
    }

    @Test
    void importingMakesTheBankThenUpdatesItInPlaceAndExportGivesTheFileBack() throws Exception {
        Path file = write("quiz.gift", GIFT);

        assertThat(run("import", file.toString(), "--bank", "Geo", "--user", author.username()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("new bank 'Geo': 3 created");
        assertThat(lastLine()).startsWith("import: 3 questions");

        Path edited = write("edited.gift", GIFT.replace("Pi to two decimals?", "Pi to two places?"));
        assertThat(run("import", edited.toString(), "--bank", "geo", "--format", "gift", "--user", author.username()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("into bank 'Geo': 0 created, 1 updated, 2 unchanged");
        TestUsers.login(author);
        BankSummary geo = catalog.banks().stream()
                .filter(b -> b.bank().title().equals("Geo"))
                .findFirst()
                .orElseThrow();
        assertThat(contents.questions(geo.id()))
                .extracting(KeyedQuestion::key)
                .containsExactlyInAnyOrder("capital", "earth", "pi");
        TestUsers.logout();

        Path csv = dir.resolve("geo.csv");
        assertThat(run(
                        "export",
                        "--format",
                        "csv",
                        "--bank",
                        "Geo",
                        "--out",
                        csv.toString(),
                        "--user",
                        author.username()))
                .isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("capital", "Pi to two places?");
        assertThat(run("import", csv.toString(), "--dry-run")).isZero();
        assertThat(lastLine()).startsWith("import: 3 questions");
    }

    @Test
    void anotherUsersBankIsNeitherWrittenNorExported() throws Exception {
        Path file = write("quiz.gift", GIFT);
        assertThat(run("import", file.toString(), "--bank", "Private", "--user", author.username()))
                .isZero();
        UserSummary learner = users.create(Role.LEARNER);

        assertThat(run(
                        "export",
                        "--format",
                        "gift",
                        "--bank",
                        "Private",
                        "--out",
                        dir.resolve("x.gift").toString(),
                        "--user",
                        learner.username()))
                .isEqualTo(1);
        assertThat(Files.exists(dir.resolve("x.gift"))).isFalse();
        assertThat(run("import", file.toString(), "--bank", "Private", "--user", learner.username()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("new bank 'Private'");
        assertThat(run("import", file.toString(), "--bank", "Private", "--user", "nobody-" + author.id()))
                .isEqualTo(2);
    }

    @Test
    void aCommandLineThatCannotBeUsedExitsTwoWithTheUsage() throws Exception {
        assertThat(run("import", write("q.gift", GIFT).toString(), "--format", "docx", "--dry-run"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown format 'docx'", "usage: scripts/bank import");
        assertThat(run("import", "--dry-run")).isEqualTo(2);
        assertThat(run("export", "--format", "csv")).isEqualTo(2);
        assertThat(run("import", dir.resolve("missing.gift").toString(), "--dry-run"))
                .isEqualTo(1);
    }
}
