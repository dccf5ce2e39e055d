package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.export.Download;
import org.quiztrainer.bank.parse.BankFixtures;
import org.quiztrainer.bank.parse.BankReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Loading the bank into the database: idempotent, versioned, retiring, and all-or-nothing. */
@BankAppTest
@RecordApplicationEvents
class BankServiceTest {

    @Autowired
    BankService service;

    @Autowired
    QuestionRepository questions;

    @Autowired
    UnitRepository unitRows;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path dir;

    Path bank;

    @BeforeEach
    void loadTheGoodBank() {
        TestUsers.login(new AppUserDetails(-1, "admin", "", Role.ADMIN, false));
        bank = BankFixtures.goodWith(null, dir.resolve("bank"));
        assertThat(service.load(bank).isSuccess()).isTrue();
    }

    @Test
    void theDownloadIsExactlyWhatTheCommandLineExportsFromTheSameFiles() {
        QuestionFilter all = new QuestionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        List<Question> stored = service.export(all);
        QuestionBank fromFiles = BankReader.read(bank).bank().orElseThrow();
        List<Question> files = fromFiles.questions();
        List<Topic> storedTopics = service.topics();

        assertThat(stored).hasSameSizeAs(files);
        for (Download format : Download.values()) {
            for (Locale locale : List.of(Locale.forLanguageTag("zh"), Locale.ENGLISH)) {
                assertThat(new String(format.write(stored, storedTopics, locale), StandardCharsets.UTF_8))
                        .as(format + " " + locale)
                        .isEqualTo(new String(format.write(files, fromFiles.topics(), locale), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aReloadWithoutChangeTouchesNothing() {
        List<Snapshot> before = snapshot();

        LoadReport report = service.load(bank);

        assertThat(report.sync().orElseThrow().isNoChange()).isTrue();
        assertThat(report.sync().get().unchanged()).isEqualTo(report.questions());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aChangedQuestionGetsANewRevisionAndKeepsItsHistory() throws IOException {
        int revision = service.question("basics.tf").orElseThrow().revision();
        edit("concepts/basics.txt", "An RNN processes all words", "A plain RNN processes all words");

        LoadReport report = service.load(bank);

        assertThat(report.sync().orElseThrow().changed()).containsExactly("basics.tf");
        StoredQuestion now = service.question("basics.tf").orElseThrow();
        assertThat(now.revision()).isEqualTo(revision + 1);
        assertThat(now.question().text().en()).startsWith("A plain RNN");
        List<StoredQuestion> history = service.history("basics.tf");
        assertThat(history).hasSize(revision + 1);
        assertThat(history.get(history.size() - 2).question().text().en()).startsWith("An RNN processes");
        assertThat(events.stream(BankChanged.class))
                .anySatisfy(e -> assertThat(e.changed()).contains("basics.tf"));
    }

    @Test
    void aRemovedQuestionIsRetiredNotDeletedAndComesBackWhenRestored() throws IOException {
        String original = Files.readString(bank.resolve("concepts/basics.txt"));
        String without = original.substring(0, original.indexOf("@question basics.tf"))
                + original.substring(original.indexOf("@question basics.short"));
        Files.writeString(bank.resolve("concepts/basics.txt"), without);

        LoadReport report = service.load(bank);

        assertThat(report.sync().orElseThrow().retired()).containsExactly("basics.tf");
        assertThat(service.question("basics.tf"))
                .hasValueSatisfying(q -> assertThat(q.retired()).isTrue());
        assertThat(service.find(QuestionFilter.ALL, 0, 1000))
                .extracting(QuestionSummary::id)
                .doesNotContain("basics.tf");

        Files.writeString(bank.resolve("concepts/basics.txt"), original);
        assertThat(service.load(bank).sync().orElseThrow().changed()).containsExactly("basics.tf");
        assertThat(service.question("basics.tf"))
                .hasValueSatisfying(q -> assertThat(q.retired()).isFalse());
    }

    @Test
    void aBankWithAnErrorWritesNothingAndTheReportIsKept() throws IOException {
        edit("concepts/basics.txt", "A plain RNN", "A plain RNN");
        edit("concepts/basics.txt", "What kind of model is BERT?", "What kind of model is BERT, really?");
        BankFixtures.copy(BankFixtures.resource("bad/csv-kind"), bank);
        List<Snapshot> before = snapshot();

        LoadReport report = service.load(bank);

        assertThat(report.isSuccess()).isFalse();
        assertThat(report.problems())
                .extracting(BankProblem::toString)
                .containsExactly("facts/models.csv:3: bad kind 'proprietary': expected open or closed");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(service.question("basics.single")
                        .orElseThrow()
                        .question()
                        .text()
                        .en())
                .isEqualTo("What kind of model is BERT?");
        assertThat(service.lastReport()).contains(report);
    }

    @Test
    void unitsAreStoredAndStillServedAfterABrokenLoad() {
        BankFixtures.copy(BankFixtures.resource("bad/csv-kind"), bank);

        assertThat(service.load(bank).isSuccess()).isFalse();

        assertThat(service.unit("params"))
                .hasValueSatisfying(u -> assertThat(u.scales()).containsKey("亿"));
        assertThat(unitRows.findAll())
                .extracting(UnitEntity::getId)
                .containsExactlyInAnyOrder("params", "tokens", "days");
        assertThat(QuestionCodec.decodeUnit(
                        unitRows.findById("params").orElseThrow().getContent()))
                .isEqualTo(service.unit("params").orElseThrow());
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void onlyAnAdminMayReloadOrReadTheReport() {
        TestUsers.login(new AppUserDetails(-2, "learner", "", Role.LEARNER, false));
        assertThatThrownBy(() -> service.reload()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.lastReport()).isInstanceOf(AccessDeniedException.class);
        assertThat(service.count(QuestionFilter.ALL)).isPositive();
    }

    @Test
    void findsByTopicTreeTypeTagAndWordsInEitherLanguage() {
        assertThat(ids(new QuestionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("隐藏状态"))))
                .containsExactly("basics.tf");
        assertThat(ids(new QuestionFilter(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ENCODER MODEL"))))
                .containsExactly("basics.single");
        assertThat(ids(new QuestionFilter(Optional.of("rnn"), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly("basics.short", "basics.tf");
        assertThat(ids(new QuestionFilter(
                        Optional.of("models"), Optional.of(QuestionType.NUMERIC), Optional.empty(), Optional.empty())))
                .contains("fact.params.gpt-3")
                .allMatch(id -> id.startsWith("fact.params."));
        assertThat(ids(new QuestionFilter(Optional.empty(), Optional.empty(), Optional.of("terms"), Optional.empty())))
                .containsExactly("basics.flash");
        QuestionFilter all = QuestionFilter.ALL;
        long total = service.count(all);
        assertThat(service.find(all, 10, 10))
                .hasSize(10)
                .first()
                .extracting(QuestionSummary::id)
                .isEqualTo(service.find(all, 0, 20).get(10).id());
        assertThat(service.find(all, 0, (int) total + 5)).hasSize((int) total);
        assertThat(service.tags()).contains("terms", "model-facts");
    }

    private List<String> ids(QuestionFilter filter) {
        return service.find(filter, 0, 1000).stream().map(QuestionSummary::id).toList();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = bank.resolve(file);
        Files.writeString(p, Files.readString(p).replace(from, to));
    }

    record Snapshot(String id, int revision, String hash, boolean retired, java.time.Instant changedAt) {}

    private List<Snapshot> snapshot() {
        return questions.findAll().stream()
                .map(e -> new Snapshot(e.getId(), e.getRevision(), e.getContentHash(), e.isRetired(), e.getChangedAt()))
                .sorted(java.util.Comparator.comparing(Snapshot::id))
                .toList();
    }
}
