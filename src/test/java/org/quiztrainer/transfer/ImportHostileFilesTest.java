package org.quiztrainer.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.quiztrainer.bank.Visibility;
import org.quiztrainer.bank.io.ImportOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Hostile files and forged requests, end to end through the service: each is refused with a clear problem (or
 * denied), and nothing is written; HTML that imports goes through the bank's allow-list.
 */
@AppTest
class ImportHostileFilesTest {

    @Autowired
    ImportService imports;

    @Autowired
    ExportService exports;

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

    UserSummary learner;
    Bank mine;

    @BeforeEach
    void aLearnerWithABank() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        learner = users.create(Role.LEARNER);
        TestUsers.login(learner);
        mine = catalog.create(BankSettings.privateBank("Mine", BankLanguages.EN));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private ImportPreview refused(Path file, String key) throws Exception {
        int banks = catalog.banks().size();
        ImportPreview p = imports.preview(ImportFiles.into(mine.id(), file));
        assertThat(p.canConfirm()).isFalse();
        assertThat(p.token()).isNull();
        assertThat(p.problems()).extracting(ImportLine::key).contains(key);
        assertThat(p.problems()).allSatisfy(line -> assertThat(line.english()).isNotBlank());
        assertThat(contents.questions(mine.id())).isEmpty();
        assertThat(catalog.banks()).hasSize(banks);
        return p;
    }

    private Path zip(String name, String entry, byte[] bytes, int times) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry(entry));
            for (int i = 0; i < times; i++) {
                z.write(bytes);
            }
            z.closeEntry();
        }
        return file;
    }

    @Test
    void aFilePastTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.gift");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ImportOptions.DEFAULTS.limits().maxFileBytes() + 1);
        }

        ImportPreview p = refused(big, "import.problem.file.too-large");

        assertThat(p.planned()).isFalse();
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = zip("bomb.apkg", "collection.anki2", new byte[1 << 20], 256);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        refused(bomb, "import.problem.anki.zip-bomb");
    }

    @Test
    void aPathLeavingThePackageIsRefused() throws Exception {
        refused(zip("evil.apkg", "../../x", new byte[] {1}, 1), "import.problem.anki.unsafe-entry");
        assertThat(Files.exists(dir.getParent().getParent().resolve("x"))).isFalse();
    }

    @Test
    void xmlEntitiesAreRefusedAndNoFileIsRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<quiz><question type=\"truefalse\"><name><text>x</text></name>"
                + "<questiontext format=\"plain_text\"><text>&xxe;</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
                + "</question></quiz>";

        ImportPreview p = refused(ImportFiles.write(dir, "xxe.xml", xml), "import.problem.moodle.doctype");

        assertThat(p.problems()).noneSatisfy(line -> assertThat(line.english()).contains("TOP-SECRET"));
    }

    @Test
    void htmlGoesThroughTheAllowListScriptsAndHandlersAreDropped() throws Exception {
        String gift = "::evil:: [html]<p onclick=\"steal()\">Is <b>this</b> safe?<script>alert(1)</script>"
                + "<img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">link</a></p> {T}\n";

        ImportPreview p = imports.preview(ImportFiles.into(mine.id(), ImportFiles.write(dir, "evil.gift", gift)));
        imports.confirm(p.token());

        KeyedQuestion q = contents.questions(mine.id()).get(0);
        String html = q.question().text().en();
        assertThat(q.question().html()).isTrue();
        assertThat(html).contains("<b>this</b>").doesNotContain("<script", "onclick", "onerror", "javascript:");
    }

    @Test
    void aForgedBankIdIsRefusedAndWritesNothing() throws Exception {
        Path file = ImportFiles.write(dir, "q.gift", ImportFiles.GIFT);
        long forged = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from bank", Long.class);

        assertThatThrownBy(() -> imports.preview(ImportFiles.into(forged, file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.reports(forged)).isInstanceOf(AccessDeniedException.class);
        assertThat(exports.mayExport(forged)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from import_report where bank_id = ?", Integer.class, forged))
                .isZero();
    }

    @Test
    void aLearnerImportsOnlyIntoTheirOwnBanksAndExportsOnlyWhatTheyMayEdit() throws Exception {
        Path file = ImportFiles.write(dir, "q.gift", ImportFiles.GIFT);
        UserSummary other = users.create(Role.LEARNER);
        TestUsers.login(other);
        Bank theirs = catalog.create(BankSettings.privateBank("Theirs", BankLanguages.EN));
        Bank published = catalog.create(new BankSettings(
                "Published", "", BankLanguages.EN, Visibility.PUBLIC, java.util.Set.of(), java.util.Set.of()));
        TestUsers.login(learner);

        assertThatThrownBy(() -> imports.preview(ImportFiles.into(theirs.id(), file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(ImportFiles.into(published.id(), file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(ImportFiles.into(Bank.BUILT_IN, file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(exports.mayExport(published.id())).isFalse();
        assertThatThrownBy(() -> exports.export(
                        published.id(),
                        org.quiztrainer.bank.io.Format.CSV,
                        java.util.Locale.ENGLISH,
                        java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        ImportPreview own = imports.preview(
                new ImportRequest(file, "q.gift", Optional.empty(), "From Moodle", ImportOptions.DEFAULTS, true));
        ImportReport r = imports.confirm(own.token());
        assertThat(catalog.bank(r.bankId()).bank().ownerId()).isEqualTo(learner.id());
        assertThat(exports.mayExport(r.bankId())).isTrue();
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        exports.export(r.bankId(), org.quiztrainer.bank.io.Format.CSV, java.util.Locale.ENGLISH, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("capital");
    }
}
