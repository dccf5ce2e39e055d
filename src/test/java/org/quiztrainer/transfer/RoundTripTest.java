package org.quiztrainer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankContents;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.KeyedQuestion;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.Format;
import org.springframework.beans.factory.annotation.Autowired;

/** Export a bank, import the file: the same questions, per format and type, through the services. */
@AppTest
class RoundTripTest {

    @Autowired
    ImportService imports;

    @Autowired
    ExportService exports;

    @Autowired
    QuestionEditorService editor;

    @Autowired
    BankCatalogService catalog;

    @Autowired
    BankContents contents;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @TempDir
    Path dir;

    UserSummary author;
    Bank source;

    @BeforeEach
    void aBankOfEveryType() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        author = users.create(Role.INSTRUCTOR);
        TestUsers.login(author);
        source = catalog.create(BankSettings.privateBank("Every type", BankLanguages.EN));
        editor.saveAll(source.id(), BankSamples.english(), List.of());
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @ParameterizedTest
    @EnumSource(
            value = Format.class,
            names = {"ANKI_TEXT", "APKG", "CSV"})
    void formatsThatCarryEveryTypeGiveBackTheSameQuestionsAndImportIntoTheBankAsUnchanged(Format format)
            throws Exception {
        Path file = export(format);

        ImportPreview same = imports.preview(ImportFiles.into(source.id(), file));
        assertThat(same.problems()).isEmpty();
        assertThat(same.unchanged()).isEqualTo(10);
        assertThat(same.created() + same.updated()).isZero();

        assertSameQuestions(
                copy(file),
                List.of("flash", "single", "multi", "tf", "short", "num", "order", "match", "cloze#c1", "cloze#c2"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Format.class,
            names = {"GIFT", "MOODLE_XML"})
    void moodlesFormatsGiveBackEveryTypeTheyHaveWithItsIdentityAndTopic(Format format) throws Exception {
        Path file = export(format);

        ImportPreview same = imports.preview(ImportFiles.into(source.id(), file));
        if (format == Format.GIFT) {
            assertThat(same.problems())
                    .as("GIFT writes cloze cards as short answers, which the bank's cloze keys refuse")
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line.where().entry()).startsWith("cloze#c"));
        } else {
            assertThat(same.problems()).isEmpty();
            assertThat(same.counts())
                    .filteredOn(c -> c.type() != QuestionType.CLOZE)
                    .allSatisfy(
                            c -> assertThat(c.unchanged()).as(c.type().code()).isEqualTo(c.inFile()));
        }

        assertSameQuestions(copy(file), List.of("single", "multi", "tf", "short", "num", "order", "match"));
    }

    @org.junit.jupiter.api.Test
    void aMoodleFlashcardComesBackAsAFlashcardWithItsBack() throws Exception {
        Map<String, KeyedQuestion> copy = byKey(copy(export(Format.MOODLE_XML)).bankId());

        assertThat(copy.get("flash").question().content())
                .isEqualTo(source("flash").question().content());
        assertThat(copy.get("flash").question().text())
                .isEqualTo(source("flash").question().text());
    }

    @org.junit.jupiter.api.Test
    void quizletGivesBackEveryQuestionAsACardWithItsAnswer() throws Exception {
        ImportReport r = copy(export(Format.QUIZLET));

        List<KeyedQuestion> cards = contents.questions(r.bankId());
        assertThat(cards)
                .hasSize(10)
                .allSatisfy(q -> assertThat(q.question().content()).isInstanceOf(QuestionContent.Flashcard.class));
        KeyedQuestion flash = cards.stream()
                .filter(q -> q.key().equals("A word for a large language model?"))
                .findFirst()
                .orElseThrow();
        assertThat(((QuestionContent.Flashcard) flash.question().content())
                        .back()
                        .en())
                .isEqualTo("LLM");
        assertThat(cards)
                .extracting(q -> q.question().text().en())
                .anySatisfy(t -> assertThat(t).startsWith("Which is a Transformer part?"));
    }

    private Path export(Format format) throws Exception {
        Path file = dir.resolve("bank." + ExportService.extension(format));
        ExportReport report;
        try (OutputStream out = Files.newOutputStream(file)) {
            report = exports.export(source.id(), format, Locale.ENGLISH, out);
        }
        assertThat(report).isNotNull();
        return file;
    }

    private ImportReport copy(Path file) throws Exception {
        ImportPreview fresh = imports.preview(ImportFiles.newBank(file, "Every type"));
        assertThat(fresh.problems()).isEmpty();
        return imports.confirm(fresh.token());
    }

    private void assertSameQuestions(ImportReport copy, List<String> keys) {
        Map<String, KeyedQuestion> copied = byKey(copy.bankId());
        for (String key : keys) {
            KeyedQuestion a = source(key);
            KeyedQuestion b = copied.get(key);
            assertThat(b).as(key).isNotNull();
            assertThat(b.question().type()).as(key).isEqualTo(a.question().type());
            assertThat(b.question().text()).as(key).isEqualTo(a.question().text());
            assertThat(b.question().content()).as(key).isEqualTo(a.question().content());
            assertThat(b.question().tags()).as(key).isEqualTo(a.question().tags());
            assertThat(topicPath(copy.bankId(), b)).as(key).isEqualTo(topicPath(source.id(), a));
        }
    }

    private KeyedQuestion source(String key) {
        return byKey(source.id()).get(key);
    }

    private Map<String, KeyedQuestion> byKey(long bankId) {
        Map<String, KeyedQuestion> out = new HashMap<>();
        contents.questions(bankId).forEach(q -> out.put(q.key(), q));
        return out;
    }

    private List<String> topicPath(long bankId, KeyedQuestion q) {
        Map<String, Topic> topics = new HashMap<>();
        contents.topics(bankId).forEach(t -> topics.put(t.id(), t));
        List<String> path = new ArrayList<>();
        for (Topic t = topics.get(q.question().topicId()); t != null; t = topics.get(t.parentId())) {
            path.add(0, t.name().en());
        }
        return path;
    }
}
