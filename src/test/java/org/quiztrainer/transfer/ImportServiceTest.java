package org.quiztrainer.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankContents;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.KeyedQuestion;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Importing through the service: preview, confirm, cancel, re-import, problems, who may import where. */
@AppTest
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    BankCatalogService catalog;

    @Autowired
    BankContents contents;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    UserSummary author;

    @BeforeEach
    void anInstructor() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        author = users.create(Role.INSTRUCTOR);
        TestUsers.login(author);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void thePreviewCountsEachTypeAndWritesNothing() throws Exception {
        int banksBefore = catalog.banks().size();

        ImportPreview p =
                imports.preview(ImportFiles.newBank(ImportFiles.write(dir, "quiz.gift", ImportFiles.GIFT), ""));

        assertThat(p.problems()).isEmpty();
        assertThat(p.canConfirm()).isTrue();
        assertThat(p.token()).isNotBlank();
        assertThat(p.bankTitle()).isEqualTo("quiz");
        assertThat(p.languages()).isEqualTo(BankLanguages.EN);
        assertThat(p.counts())
                .extracting(TypeCount::type, TypeCount::inFile, TypeCount::created, TypeCount::updated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(QuestionType.SINGLE_CHOICE, 1, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.MULTIPLE_CHOICE, 1, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.TRUE_FALSE, 1, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.SHORT_ANSWER, 1, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.NUMERIC, 1, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.MATCHING, 1, 1, 0));
        assertThat(p.summary())
                .isEqualTo("import: 6 questions (single_choice 1, multiple_choice 1, true_false 1, short_answer 1,"
                        + " numeric 1, matching 1), 0 skipped, 0 problems");
        assertThat(catalog.banks()).hasSize(banksBefore);
    }

    @Test
    void confirmingCreatesTheBankItsTopicsAndQuestionsAndKeepsTheReport() throws Exception {
        ImportPreview p =
                imports.preview(ImportFiles.newBank(ImportFiles.write(dir, "quiz.gift", ImportFiles.GIFT), "Geo"));

        ImportReport r = imports.confirm(p.token());

        BankSummary bank = catalog.bank(r.bankId());
        assertThat(bank.bank().title()).isEqualTo("Geo");
        assertThat(bank.bank().ownerId()).isEqualTo(author.id());
        assertThat(bank.bank().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(contents.questions(r.bankId()))
                .extracting(KeyedQuestion::key)
                .containsExactlyInAnyOrder("capital", "earth", "pi", "primes", "match", "planet");
        assertThat(contents.topics(r.bankId()))
                .singleElement()
                .satisfies(t -> assertThat(t.name().en()).isEqualTo("Basics"));
        assertThat(r.created()).isEqualTo(6);
        assertThat(imports.reports(r.bankId())).singleElement().satisfies(stored -> {
            assertThat(stored.fileName()).isEqualTo("quiz.gift");
            assertThat(stored.userName()).isEqualTo(author.username());
            assertThat(stored.created()).isEqualTo(6);
            assertThat(stored.counts()).isEqualTo(r.counts());
        });
        assertThatThrownBy(() -> imports.confirm(p.token())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cancellingWritesNothingAndThePreviewCannotBeConfirmedAfterwards() throws Exception {
        Bank bank = catalog.create(BankSettings.privateBank("Mine", BankLanguages.EN));
        ImportPreview p =
                imports.preview(ImportFiles.into(bank.id(), ImportFiles.write(dir, "q.gift", ImportFiles.GIFT)));

        imports.cancel(p.token());

        assertThatThrownBy(() -> imports.confirm(p.token())).isInstanceOf(InvalidInputException.class);
        assertThat(contents.questions(bank.id())).isEmpty();
        assertThat(imports.reports(bank.id())).isEmpty();
    }

    @Test
    void reimportingAnEditedFileUpdatesThoseQuestionsInPlaceAndDuplicatesNothing() throws Exception {
        Bank bank = catalog.create(BankSettings.privateBank("Geo", BankLanguages.EN));
        imports.confirm(imports.preview(ImportFiles.into(bank.id(), ImportFiles.write(dir, "a.gift", ImportFiles.GIFT)))
                .token());
        List<KeyedQuestion> before = contents.questions(bank.id());
        String edited = ImportFiles.GIFT.replace("Pi to two decimals?", "Pi to two decimal places?");

        ImportPreview again = imports.preview(ImportFiles.into(bank.id(), ImportFiles.write(dir, "b.gift", edited)));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.counts())
                .filteredOn(c -> c.type() == QuestionType.NUMERIC)
                .singleElement()
                .satisfies(c -> assertThat(c.updated()).isEqualTo(1));
        ImportReport r = imports.confirm(again.token());
        List<KeyedQuestion> after = contents.questions(bank.id());
        assertThat(after).hasSameSizeAs(before);
        assertThat(after)
                .extracting(q -> q.question().id())
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(q -> q.question().id()).toList());
        KeyedQuestion pi =
                after.stream().filter(q -> q.key().equals("pi")).findFirst().orElseThrow();
        assertThat(pi.revision()).isEqualTo(2);
        assertThat(pi.question().text().en()).isEqualTo("Pi to two decimal places?");
        assertThat(r.updated()).isEqualTo(1);
        assertThat(imports.reports(bank.id()))
                .hasSize(2)
                .first()
                .satisfies(latest -> assertThat(latest.updated()).isEqualTo(1));
    }

    @Test
    void aFileWithProblemsCannotBeConfirmedAndEachProblemSaysWhere() throws Exception {
        Bank bank = catalog.create(BankSettings.privateBank("Geo", BankLanguages.EN));
        String broken = ImportFiles.GIFT + "\n::open:: This one never closes {=yes ~no\n";

        ImportPreview p = imports.preview(ImportFiles.into(bank.id(), ImportFiles.write(dir, "bad.gift", broken)));

        assertThat(p.canConfirm()).isFalse();
        assertThat(p.token()).isNull();
        assertThat(p.problems())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.where().line()).isPositive());
        assertThat(p.summary()).endsWith(p.problems().size() + " problems");
        assertThat(contents.questions(bank.id())).isEmpty();
    }

    @Test
    void whatTheBankRefusesInAQuestionIsAProblemAtThatQuestionsLine() throws Exception {
        Bank both = catalog.create(BankSettings.privateBank("Two languages", BankLanguages.BOTH));

        ImportPreview p =
                imports.preview(ImportFiles.into(both.id(), ImportFiles.write(dir, "en.gift", ImportFiles.GIFT)));

        assertThat(p.canConfirm()).isFalse();
        assertThat(p.problems()).isNotEmpty().first().satisfies(line -> {
            assertThat(line.key()).isEqualTo("import.draft.required");
            assertThat(line.field()).isEqualTo("text.zh");
            assertThat(line.where().line()).isEqualTo(4);
            assertThat(line.english())
                    .isEqualTo("The question text (Chinese) is missing, and this bank’s languages need it.");
        });
    }

    @Test
    void onlyThoseWhoMayEditABankImportIntoIt() throws Exception {
        UserSummary coEditor = users.create(Role.LEARNER);
        UserSummary stranger = users.create(Role.LEARNER);
        Bank shared = catalog.create(new BankSettings(
                "Shared", "", BankLanguages.EN, Visibility.PUBLIC, Set.of(), Set.of(coEditor.username())));
        Path file = ImportFiles.write(dir, "q.gift", ImportFiles.GIFT);
        ImportPreview mine = imports.preview(ImportFiles.into(shared.id(), file));

        TestUsers.login(stranger);
        assertThatThrownBy(() -> imports.preview(ImportFiles.into(shared.id(), file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(ImportFiles.into(Bank.BUILT_IN, file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.confirm(mine.token())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> imports.reports(shared.id())).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(coEditor);
        ImportReport r = imports.confirm(
                imports.preview(ImportFiles.into(shared.id(), file)).token());
        assertThat(r.created()).isEqualTo(6);
        TestUsers.login(author);
        assertThat(imports.confirm(mine.token()).unchanged()).isEqualTo(6);
    }

    @Test
    void aFileInNoKnownFormatIsOneProblemAndNothingElse() throws Exception {
        Bank bank = catalog.create(BankSettings.privateBank("Geo", BankLanguages.EN));
        Path photo = dir.resolve("photo.bin");
        java.nio.file.Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});

        ImportPreview p = imports.preview(ImportFiles.into(bank.id(), photo));

        assertThat(p.planned()).isFalse();
        assertThat(p.canConfirm()).isFalse();
        assertThat(p.problems())
                .singleElement()
                .satisfies(line -> assertThat(line.key()).isEqualTo("import.problem.file.unknown-format"));
        Integer rows =
                jdbc.queryForObject("select count(*) from import_report where bank_id = ?", Integer.class, bank.id());
        assertThat(rows).isZero();
    }
}
