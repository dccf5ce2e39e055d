package org.quiztrainer.bank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.export.AnkiReader;
import org.quiztrainer.bank.export.Download;
import org.quiztrainer.bank.export.GiftReader;
import org.quiztrainer.bank.parse.BankFixtures;
import org.quiztrainer.bank.parse.BankReader;

/** {@code scripts/bank}: exit codes, the lines it prints, and exports that parse back. */
class BankCliTest {

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err, byte[] bytes) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BankCli.standard()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    private Path bank(String fixture, String... overlays) {
        Path root = dir.resolve("bank");
        BankFixtures.copy(BankFixtures.resource(fixture), root);
        for (String overlay : overlays) {
            BankFixtures.copy(BankFixtures.resource(overlay), root);
        }
        return root;
    }

    @Test
    void withoutACommandItListsTheCommandsAndFails() {
        Run run = run();
        assertThat(run.exit()).isEqualTo(BankCli.USAGE);
        assertThat(run.err()).contains("check", "export");
        Run help = run("help");
        assertThat(help.exit()).isEqualTo(BankCli.OK);
        assertThat(help.lines())
                .anyMatch(l -> l.startsWith("  check "))
                .anyMatch(l -> l.startsWith("  export "))
                .anyMatch(l -> l.startsWith("  help "));
        assertThat(run("help", "check").out()).startsWith("usage: scripts/bank check [--strict]");
        assertThat(run("help", "nothing").exit()).isEqualTo(BankCli.USAGE);
        assertThat(run("export", "--help").out()).startsWith("usage: scripts/bank export --format gift|anki");
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertThat(run("lint").exit()).isEqualTo(BankCli.USAGE);
        assertThat(run("lint").err()).contains("unknown command 'lint'");
        Run option = run("check", "--frobnicate", bank("lint/clean").toString());
        assertThat(option.exit()).isEqualTo(BankCli.USAGE);
        assertThat(option.err()).contains("unknown option --frobnicate").contains("usage: scripts/bank check");
        assertThat(run("check", "a", "b").err()).contains("at most one folder");
        assertThat(run("check", dir.resolve("nowhere").toString()).exit()).isEqualTo(BankCli.USAGE);
    }

    @Test
    void checkOfACleanBankPrintsTheCountsAndSucceeds() {
        Path root = bank("lint/clean");
        Run run = run("check", root.toString());
        assertThat(run.exit()).isEqualTo(BankCli.OK);
        assertThat(run.lines())
                .containsExactly(root + ": 90 questions (8 hand-written, 82 generated from 15 models), 0 error(s), 0"
                        + " warning(s)");
    }

    @Test
    void checkCountsTheQuestionsPerTypeAndTopic() {
        Run run = run("check", "--counts", bank("lint/clean").toString());
        assertThat(run.exit()).isEqualTo(BankCli.OK);
        assertThat(run.lines()).contains(String.format("%-28s %5d", "type numeric", 16));
        assertThat(run.lines()).anyMatch(l -> l.matches("topic basics +8"));
    }

    @Test
    void checkPrintsEveryProblemWithFileLineAndReasonAndFails() {
        Path root = dir.resolve("bank");
        BankFixtures.goodWith("csv-kind", root);
        BankFixtures.copy(BankFixtures.resource("bad/unknown-type"), root);

        Run run = run("check", root.toString());

        assertThat(run.exit()).isEqualTo(BankCli.PROBLEMS);
        assertThat(run.lines())
                .containsExactly(
                        root.resolve("concepts/basics.txt") + ":2: error: unknown type 'essay'",
                        root.resolve("facts/models.csv") + ":3: error: bad kind 'proprietary': expected open or closed",
                        root + ": 2 error(s); the bank does not load (fix them, then the lint runs)");
    }

    @Test
    void checkPrintsALintErrorWithItsRuleAndQuestionAndFails() {
        Path root = bank("lint/clean", "lint/bad/zh-punctuation");
        Run run = run("check", root.toString());
        assertThat(run.exit()).isEqualTo(BankCli.PROBLEMS);
        assertThat(run.lines().get(0))
                .isEqualTo(root.resolve("concepts/bad.txt") + ":3: error [zh-punctuation] bad.gru: text.zh: ASCII ':'"
                        + " in Chinese text at 'GRU 有两个门:更新门和重置门。': write '：'");
        assertThat(run.lines().get(1)).endsWith("1 error(s), 0 warning(s)");
    }

    @Test
    void aWarningFailsOnlyWithStrict() {
        Path root = bank("lint/clean", "lint/bad/accept-loose");
        Run run = run("check", root.toString());
        assertThat(run.exit()).isEqualTo(BankCli.OK);
        assertThat(run.out()).contains(": warning [accept-loose] bad.llm-name: accepts '大模型'");
        assertThat(run("check", "--strict", root.toString()).exit()).isEqualTo(BankCli.PROBLEMS);
    }

    @Test
    void exportWritesTheDownloadAndItParsesBack() throws IOException {
        Path root = bank("lint/clean");
        QuestionBank bank = BankReader.read(root).bank().orElseThrow();
        Path file = dir.resolve("bank-zh.gift");

        Run run = run("export", "--format", "gift", "--lang", "zh", "--out", file.toString(), root.toString());

        assertThat(run.exit()).isEqualTo(BankCli.OK);
        assertThat(run.out()).isEqualTo("wrote 90 questions to " + file + " (gift, zh)\n");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).isEqualTo(Download.GIFT.write(bank.questions(), bank.topics(), Locale.forLanguageTag("zh")));
        List<GiftReader.GiftQuestion> parsed = GiftReader.read(new String(bytes, StandardCharsets.UTF_8));
        List<Question> sorted = bank.questions().stream().sorted(Download.ORDER).toList();
        assertThat(parsed)
                .extracting(GiftReader.GiftQuestion::title)
                .containsExactlyElementsOf(sorted.stream().map(Question::id).toList());
        assertThat(parsed)
                .extracting(GiftReader.GiftQuestion::text)
                .containsExactlyElementsOf(
                        sorted.stream().map(q -> q.text().zh()).toList());
    }

    @Test
    void exportWritesAnkiInEnglishAndToStandardOutput() {
        Path root = bank("lint/clean");
        QuestionBank bank = BankReader.read(root).bank().orElseThrow();

        Run run = run("export", "--format=anki", "--lang=en", "--out", "-", root.toString());

        assertThat(run.exit()).isEqualTo(BankCli.OK);
        assertThat(run.bytes()).isEqualTo(Download.ANKI.write(bank.questions(), bank.topics(), Locale.ENGLISH));
        AnkiReader.AnkiFile anki = AnkiReader.read(run.out());
        assertThat(anki.headers()).containsEntry("separator", "tab");
        assertThat(anki.rows()).hasSize(90);
        assertThat(anki.rows()).extracting(r -> r.get(0)).contains("basics.numeric", "fact.params.palm2");
        assertThat(run.err()).contains("wrote 90 questions (anki, en)");
    }

    @Test
    void exportOfATopicHoldsItAndItsSubtopics() throws IOException {
        Path root = bank("lint/clean");
        Path file = dir.resolve("models.gift");
        assertThat(run("export", "--format", "gift", "--topic", "models", "--out", file.toString(), root.toString())
                        .exit())
                .isEqualTo(BankCli.OK);
        List<String> categories = new ArrayList<>();
        GiftReader.read(Files.readString(file)).forEach(q -> categories.add(q.category()));
        assertThat(categories).isNotEmpty().allMatch(c -> c.matches("quiztrainer/(open-|closed-)?models"));
        assertThat(categories).contains("quiztrainer/open-models", "quiztrainer/closed-models");
        assertThat(run("export", "--format", "gift", "--topic", "nowhere", "--out", file.toString(), root.toString())
                        .err())
                .contains("unknown topic 'nowhere'");
    }

    @Test
    void anExportOfABankWithErrorsWritesNothing() {
        Path root = dir.resolve("bank");
        BankFixtures.goodWith("unknown-type", root);
        Path file = dir.resolve("out.gift");

        Run run = run("export", "--format", "gift", "--out", file.toString(), root.toString());

        assertThat(run.exit()).isEqualTo(BankCli.PROBLEMS);
        assertThat(run.err()).contains("concepts/basics.txt:2: error: unknown type 'essay'", "nothing written");
        assertThat(file).doesNotExist();
    }

    @Test
    void anExportWithoutWhatItNeedsIsAUsageError() {
        Path root = bank("lint/clean");
        String out = dir.resolve("x").toString();
        assertThat(run("export", "--out", out, root.toString()).err()).contains("--format is required");
        assertThat(run("export", "--format", "xml", "--out", out, root.toString())
                        .err())
                .contains("unknown format 'xml': expected gift or anki");
        assertThat(run("export", "--format", "gift", "--lang", "fr", "--out", out, root.toString())
                        .exit())
                .isEqualTo(BankCli.USAGE);
        assertThat(run("export", "--format", "gift", root.toString()).err()).contains("--out FILE is required");
        Run missingDir = run(
                "export",
                "--format",
                "gift",
                "--out",
                dir.resolve("no/such/x.gift").toString(),
                root.toString());
        assertThat(missingDir.exit()).isEqualTo(BankCli.PROBLEMS);
        assertThat(missingDir.err()).contains("cannot write");
    }
}
