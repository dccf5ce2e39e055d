package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.bank.BankWorld.Who.ADMIN;
import static org.quiztrainer.bank.BankWorld.Who.CO_EDITOR;
import static org.quiztrainer.bank.BankWorld.Who.MEMBER;
import static org.quiztrainer.bank.BankWorld.Who.NOBODY;
import static org.quiztrainer.bank.BankWorld.Who.OWNER;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankWorld.Who;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.HistoryImportService;
import org.quiztrainer.study.ImportedAnswer;
import org.quiztrainer.study.ImportedCard;
import org.quiztrainer.transfer.ExportService;
import org.quiztrainer.transfer.ImportPreview;
import org.quiztrainer.transfer.ImportRequest;
import org.quiztrainer.transfer.ImportService;
import org.quiztrainer.transfer.ImportTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The access matrix of import and export, on the bank world of {@link BankCatalogAccessTest}: every public method
 * of {@link BankContents}, {@link ExportService}, {@link ImportService}, {@link ImportTasks} and
 * {@link HistoryImportService}, called by nobody, the owner, a co-editor, a learner of the class the bank is
 * shared with, another instructor, an outsider and an admin. A refused call throws (or answers false) and
 * changes nothing (but for a cancel, whose check is the owner's confirmation afterwards); a preview's token
 * confirms and cancels only for the user who made it.
 */
@AppTest
class BankTransferAccessTest {

    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(NOBODY));
    static final Set<Who> READERS = EnumSet.of(OWNER, CO_EDITOR, MEMBER, ADMIN);
    static final Set<Who> EDITORS = EnumSet.of(OWNER, CO_EDITOR, ADMIN);

    private static final String GIFT = "::access-q:: Reward models learn from what? {=human preferences ~noise}\n";

    @Autowired
    BankWorld worlds;

    @Autowired
    BankContents contents;

    @Autowired
    ExportService exports;

    @Autowired
    ImportService imports;

    @Autowired
    ImportTasks tasks;

    @Autowired
    HistoryImportService histories;

    @TempDir
    static Path dir;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    interface Call {
        boolean run(BankTransferAccessTest t, BankWorld.World w, Who who) throws Exception;
    }

    record Op(String name, Set<Who> allowed, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Op> ops() {
        return List.of(
                new Op(
                        "contents.image",
                        READERS,
                        (t, w, who) -> t.contents.image(w.bankId(), w.imageId()).isPresent()),
                new Op(
                        "contents.questions",
                        READERS,
                        (t, w, who) -> !t.contents.questions(w.bankId()).isEmpty()),
                new Op(
                        "contents.ownedByCaller",
                        EnumSet.of(OWNER),
                        (t, w, who) -> t.contents.ownedByCaller(w.bankId())),
                new Op(
                        "contents.questionIds",
                        READERS,
                        (t, w, who) -> t.contents.questionIds(w.bankId()).contains(w.questionId())),
                new Op(
                        "contents.topics",
                        READERS,
                        (t, w, who) ->
                                t.contents.topics(w.bankId()).stream().anyMatch(x -> x.id().equals(w.topicId()))),
                new Op(
                        "export.formats",
                        SIGNED_IN,
                        (t, w, who) -> !t.exports.formats().isEmpty()),
                new Op("export.mayExport", EDITORS, (t, w, who) -> t.exports.mayExport(w.bankId())),
                new Op("export.export", EDITORS, (t, w, who) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    t.exports.export(w.bankId(), Format.GIFT, Locale.SIMPLIFIED_CHINESE, out);
                    return out.size() > 0;
                }),
                new Op(
                        "export.fileName",
                        READERS,
                        (t, w, who) -> t.exports
                                .fileName(w.bankId(), Format.CSV, Locale.SIMPLIFIED_CHINESE)
                                .endsWith(".csv")),
                new Op("imports.preview", EDITORS, (t, w, who) -> t.preview(w) != null),
                new Op("imports.reports", EDITORS, (t, w, who) -> t.imports.reports(w.bankId()) != null),
                new Op("imports.confirm", EnumSet.of(OWNER), (t, w, who) -> {
                    String token = t.ownersPreview(w, who);
                    try {
                        return t.imports.confirm(token).bankId() == w.bankId();
                    } catch (InvalidInputException e) {
                        return false;
                    }
                }),
                new Op("imports.cancel", EnumSet.of(OWNER), (t, w, who) -> {
                    String token = t.ownersPreview(w, who);
                    t.imports.cancel(token);
                    w.login(OWNER);
                    try {
                        t.imports.confirm(token);
                        return false;
                    } catch (InvalidInputException e) {
                        return true;
                    } finally {
                        w.login(who);
                    }
                }),
                new Op("tasks.preview", EDITORS, (t, w, who) -> {
                    try {
                        return t.tasks.preview(t.request(w)).join().canConfirm();
                    } catch (CompletionException e) {
                        throw (Exception) e.getCause();
                    }
                }),
                new Op("tasks.confirm", EnumSet.of(OWNER), (t, w, who) -> {
                    String token = t.ownersPreview(w, who);
                    try {
                        return t.tasks.confirm(token).join().bankId() == w.bankId();
                    } catch (CompletionException e) {
                        if (e.getCause() instanceof InvalidInputException) {
                            return false;
                        }
                        throw (Exception) e.getCause();
                    }
                }),
                new Op("history.write", EnumSet.of(OWNER), (t, w, who) -> {
                    ImportedCard card = new ImportedCard(
                            w.questionId(),
                            QuestionType.SINGLE_CHOICE,
                            1,
                            List.of(new ImportedAnswer(Instant.parse("2026-01-05T10:00:00Z"), Rating.GOOD, 4000)),
                            Optional.empty(),
                            false);
                    var written = t.histories.write(w.bankId(), List.of(card));
                    return written.cardsCreated() + written.cardsUpdated() == 1;
                }));
    }

    static Stream<Arguments> everyCallByEveryone() {
        return ops().stream().flatMap(op -> Arrays.stream(Who.values()).map(who -> Arguments.of(op, who)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyCallByEveryone")
    void aCallIsGrantedExactlyToWhoMayMakeItAndARefusedOneChangesNothing(Op op, Who who) {
        BankWorld.World w = worlds.create();
        BankWorld.Snapshot before = w.snapshot();
        w.login(who);

        boolean granted;
        try {
            granted = op.call().run(this, w, who);
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            granted = false;
        } catch (Exception e) {
            throw new AssertionError(op + " by " + who + " failed", e);
        }

        assertThat(granted).as(op + " by " + who).isEqualTo(op.allowed().contains(who));
        if (!granted && !op.name().equals("imports.cancel")) {
            assertThat(w.snapshot()).as("nothing changed by the refused " + op).isEqualTo(before);
        }
    }

    private ImportRequest request(BankWorld.World w) throws IOException {
        Path file = Files.createTempFile(dir, "access", ".gift");
        Files.writeString(file, GIFT, StandardCharsets.UTF_8);
        return new ImportRequest(file, "access.gift", Optional.of(w.bankId()), "", ImportOptions.DEFAULTS, false);
    }

    private ImportPreview preview(BankWorld.World w) throws IOException {
        ImportPreview p = imports.preview(request(w));
        assertThat(p.canConfirm())
                .as("the access file imports without a problem")
                .isTrue();
        return p;
    }

    /** A preview the owner made, its token handed to {@code who} (logged in again). */
    private String ownersPreview(BankWorld.World w, Who who) throws IOException {
        w.login(OWNER);
        try {
            return preview(w).token();
        } finally {
            w.login(who);
        }
    }
}
