package org.quiztrainer.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Visibility;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.ReviewHistory;
import org.quiztrainer.bank.io.anki.ApkgFormat;
import org.quiztrainer.bank.io.anki.TestDecks;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.HistoryImportService;
import org.quiztrainer.study.ImportedCard;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** An Anki package's review history: only into the importer's own memory, only for a bank they own. */
@AppTest
class ImportHistoryTest {

    @Autowired
    ImportService imports;

    @Autowired
    BankCatalogService catalog;

    @Autowired
    BankContents contents;

    @Autowired
    HistoryImportService histories;

    @Autowired
    StudyService study;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    UserSummary learner;
    Path deck;

    @BeforeEach
    void aLearnerWithTheirDeck() throws Exception {
        clock.set(Instant.parse("2023-12-20T10:00:00Z"));
        learner = users.create(Role.LEARNER);
        TestUsers.login(learner);
        deck = dir.resolve("spanish.apkg");
        TestDecks.spanish(deck, 40);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void theLearnersOwnHistoryBecomesTheirReviewLogAndTheirCardsKeepAnkisDueDates() throws Exception {
        ImportPreview p = imports.preview(ImportFiles.newBank(deck, "Spanish"));

        assertThat(p.problems()).isEmpty();
        assertThat(p.history().imported()).isTrue();
        assertThat(p.history().cards()).isEqualTo(3);
        assertThat(p.history().answers()).isEqualTo(6);
        assertThat(p.counts())
                .extracting(TypeCount::type, TypeCount::inFile)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(QuestionType.FLASHCARD, 4),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.CLOZE, 2));
        ImportReport r = imports.confirm(p.token());

        assertThat(r.history().answers()).isEqualTo(6);
        assertThat(r.history().cardsCreated()).isEqualTo(3);
        Map<String, String> ids = ids(r.bankId());
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select question_id, source, rating, state_before from review_log where learner_id = ? order by id",
                learner.id());
        assertThat(rows)
                .hasSize(6)
                .allSatisfy(row -> assertThat(row.get("SOURCE")).isEqualTo("IMPORT"));
        assertThat(rows.stream().filter(row -> row.get("QUESTION_ID").equals(ids.get("es-3#c1"))))
                .extracting(row -> row.get("STATE_BEFORE"))
                .containsExactly("NEW", "LEARNING", "LEARNING");
        Instant ankiDue = ankiDue("es-1");
        Map<String, Object> card = card(ids.get("es-1"));
        assertThat(card.get("DUE")).isEqualTo(ankiDue);
        assertThat(card.get("STATE")).isEqualTo("REVIEW");
        assertThat((Double) card.get("STABILITY")).isPositive();
        assertThat(card.get("REPS")).isEqualTo(2);
        assertThat(card(ids.get("es-2/1")).get("SUSPENDED")).isEqualTo(true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from study_card where learner_id = ? and question_id = ?",
                        Integer.class,
                        learner.id(),
                        ids.get("es-4")))
                .isZero();

        clock.set(ankiDue.plusSeconds(3600));
        StudyItem next = study.next(StudyScope.ofBanks(Set.of(r.bankId()))).orElseThrow();
        assertThat(next.questionId()).isEqualTo(ids.get("es-1"));
        assertThat(next.state()).isEqualTo(State.REVIEW);
    }

    @Test
    void importingTheSameDeckAgainWritesNoAnswerTwice() throws Exception {
        ImportReport first = imports.confirm(
                imports.preview(ImportFiles.newBank(deck, "Spanish")).token());

        ImportPreview again = imports.preview(ImportFiles.into(first.bankId(), deck));
        ImportReport second = imports.confirm(again.token());

        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(second.history().answers()).isZero();
        assertThat(second.history().alreadyThere()).isEqualTo(6);
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_log where learner_id = ?", Integer.class, learner.id()))
                .isEqualTo(6);
    }

    @Test
    void aHistoryNeverGoesIntoABankOfSomeoneElseNorIntoAnybodysMemoryButTheImporters() throws Exception {
        UserSummary owner = users.create(Role.INSTRUCTOR);
        TestUsers.login(owner);
        Bank shared = catalog.create(new BankSettings(
                "Class deck", "", BankLanguages.EN, Visibility.PUBLIC, Set.of(), Set.of(learner.username())));
        TestUsers.login(learner);

        ImportPreview p = imports.preview(ImportFiles.into(shared.id(), deck));

        assertThat(p.history().cards()).isEqualTo(3);
        assertThat(p.history().allowed()).isFalse();
        assertThat(p.history().imported()).isFalse();
        assertThat(p.notes()).extracting(ImportLine::key).contains("import.note.history-not-own");
        ImportReport r = imports.confirm(p.token());
        assertThat(r.created()).isEqualTo(6);
        assertThat(r.history().answers()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_log where source = 'IMPORT' and learner_id in (?, ?)",
                        Integer.class,
                        learner.id(),
                        owner.id()))
                .isZero();
        String question = ids(shared.id()).get("es-1");
        assertThatThrownBy(() -> histories.write(
                        shared.id(),
                        List.of(new ImportedCard(
                                question, QuestionType.FLASHCARD, 1, List.of(), java.util.Optional.empty(), true))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aForgedQuestionIdIsRefusedEvenInOnesOwnBank() throws Exception {
        ImportReport r = imports.confirm(
                imports.preview(ImportFiles.newBank(deck, "Spanish")).token());

        assertThatThrownBy(() -> histories.write(
                        r.bankId(),
                        List.of(new ImportedCard(
                                "transformer.parts-order",
                                QuestionType.ORDERING,
                                1,
                                List.of(),
                                java.util.Optional.empty(),
                                true))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Map<String, String> ids(long bankId) {
        Map<String, String> out = new java.util.HashMap<>();
        for (KeyedQuestion q : contents.questions(bankId)) {
            out.put(q.key(), q.question().id());
        }
        return out;
    }

    private Map<String, Object> card(String questionId) {
        return jdbc.queryForObject(
                "select due, state, stability, reps, suspended from study_card where learner_id = ? and question_id = ?",
                (rs, n) -> Map.<String, Object>of(
                        "DUE", rs.getTimestamp(1).toInstant(),
                        "STATE", rs.getString(2),
                        "STABILITY", rs.getDouble(3),
                        "REPS", rs.getInt(4),
                        "SUSPENDED", rs.getBoolean(5)),
                learner.id(),
                questionId);
    }

    private Instant ankiDue(String identity) throws Exception {
        return new ApkgFormat()
                .read(new ImportSource(deck, "spanish.apkg"), ImportOptions.DEFAULTS).histories().stream()
                        .filter(h -> h.identity().equals(identity))
                        .map(ReviewHistory::due)
                        .findFirst()
                        .orElseThrow()
                        .orElseThrow();
    }
}
