package org.quiztrainer.transfer;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.SaveReport;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.ReviewHistory;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.study.HistoryImport;
import org.quiztrainer.study.HistoryImportService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a file into a bank the caller may edit, or into a new bank of theirs: a preview first (nothing is
 * written), then the confirmation writes it all in one transaction (the new bank, the questions through the bank's
 * one save path, the review history into the caller's own memory, the report); cancelling writes nothing. A
 * preview is confirmed once, by the user who made it, while it has no problem.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ImportService {

    /** How many reports a bank's page lists. */
    public static final int REPORTS_SHOWN = 20;

    private final ImportPlanner planner;
    private final BankCatalogService catalog;
    private final QuestionEditorService editor;
    private final HistoryImportService histories;
    private final PendingImports pending;
    private final ImportReports reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    ImportService(
            ImportPlanner planner,
            BankCatalogService catalog,
            QuestionEditorService editor,
            HistoryImportService histories,
            PendingImports pending,
            ImportReports reports,
            CurrentUser currentUser,
            Clock clock) {
        this.planner = planner;
        this.catalog = catalog;
        this.editor = editor;
        this.histories = histories;
        this.pending = pending;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Reads a file and says what importing it would do, writing nothing. A file past a limit or in no known format
     * gives a preview with that one problem.
     *
     * @throws AccessDeniedException when the caller may not edit the bank
     */
    public ImportPreview preview(ImportRequest request) throws IOException {
        AppUserDetails me = currentUser.require();
        Optional<BankSummary> bank = request.bankId().map(this::editable);
        String title = bank.map(b -> b.bank().title()).orElse(newTitle(request));
        ImportPlanner.Target target = new ImportPlanner.Target(
                bank.map(BankSummary::id).orElse(null),
                bank.map(b -> b.bank().languages()).orElse(null),
                title);
        ImportPlanner.Plan plan =
                planner.plan(new ImportSource(request.file(), request.fileName()), request.options(), target);
        boolean own = bank.map(b -> b.bank().ownerId() != null && b.bank().ownerId() == me.id())
                .orElse(true);
        HistoryPreview history = history(plan, own, request.withHistory());
        List<ImportLine> notes = new ArrayList<>(plan.notes());
        if (history.cards() > 0 && !own) {
            notes.add(
                    0,
                    ImportLine.own(
                            Where.entry(request.fileName()),
                            ImportLine.Kind.NOTE,
                            "import.note.history-not-own",
                            history.cards()));
        }
        ImportPreview preview = new ImportPreview(
                null,
                request.fileName(),
                plan.format(),
                plan.detected(),
                target.bankId(),
                title,
                plan.languages(),
                plan.planned(),
                plan.counts(),
                plan.problems(),
                plan.skipped(),
                notes,
                plan.media().size(),
                history,
                summary(plan.counts(), plan.skipped().size(), plan.problems().size()));
        if (!preview.canConfirm()) {
            return preview;
        }
        PendingImport p = new PendingImport(
                me.id(),
                clock.instant(),
                null,
                target.bankId(),
                title,
                plan.languages(),
                plan.document(),
                plan.drafts(),
                plan.media(),
                preview);
        String token = pending.put(p);
        return withToken(preview, token);
    }

    /**
     * Writes a previewed import, all in one transaction, and stores its report.
     *
     * @throws InvalidInputException when the preview is unknown, expired, someone else's or already confirmed
     */
    @Transactional
    public ImportReport confirm(String token) {
        AppUserDetails me = currentUser.require();
        PendingImport p = pending.take(token == null ? "" : token, me.id())
                .orElseThrow(() -> new InvalidInputException(Map.of("token", "import.error.expired")));
        long bankId = p.bankId() != null
                ? p.bankId()
                : catalog.create(BankSettings.privateBank(p.newTitle(), p.languages()))
                        .id();
        SaveReport saved = editor.saveAll(bankId, p.drafts().drafts(), p.media());
        HistoryImport history = HistoryImport.NONE;
        if (p.preview().history().imported()) {
            history = histories.write(bankId, HistoryCards.of(p.document(), p.drafts(), saved));
        }
        ImportReport report = new ImportReport(
                0,
                bankId,
                me.username(),
                clock.instant(),
                p.preview().fileName(),
                p.preview().format(),
                ImportPlanner.counts(p.document(), p.drafts(), saved),
                p.preview().skipped(),
                p.preview().notes(),
                p.preview().skipped().size(),
                p.media().size(),
                history);
        return reports.save(me.id(), me.username(), report);
    }

    /** Drops a preview: nothing was written and nothing will be. */
    public void cancel(String token) {
        pending.take(token == null ? "" : token, currentUser.require().id());
    }

    /** The latest import reports of a bank the caller may edit, newest first. */
    @Transactional(readOnly = true)
    public List<ImportReport> reports(long bankId) {
        editable(bankId);
        return reports.latest(bankId, REPORTS_SHOWN);
    }

    /** The report line: {@code import: N questions (TYPE N, ...), M skipped, P problems}, types in type order. */
    public static String summary(List<TypeCount> counts, int skipped, int problems) {
        int questions = counts.stream().mapToInt(TypeCount::inFile).sum();
        String types = counts.stream()
                .filter(c -> c.inFile() > 0)
                .map(c -> c.type().code() + " " + c.inFile())
                .collect(Collectors.joining(", "));
        return "import: " + questions + " questions" + (types.isEmpty() ? "" : " (" + types + ")") + ", " + skipped
                + " skipped, " + problems + " problems";
    }

    private BankSummary editable(long bankId) {
        BankSummary b = catalog.bank(bankId);
        if (!b.mayEdit()) {
            throw new AccessDeniedException("No access to bank " + bankId);
        }
        return b;
    }

    private static HistoryPreview history(ImportPlanner.Plan plan, boolean own, boolean wanted) {
        Map<String, Boolean> imported = new HashMap<>();
        plan.document().items().forEach(i -> imported.put(i.identity(), true));
        int cards = 0;
        int answers = 0;
        int leftOut = 0;
        for (ReviewHistory h : plan.document().histories()) {
            if (!imported.containsKey(h.identity())) {
                continue;
            }
            AnkiHistories.Answers a = AnkiHistories.of(h);
            if (a.answers().isEmpty() && !h.suspended()) {
                continue;
            }
            cards++;
            answers += a.answers().size();
            leftOut += a.leftOut();
        }
        return cards == 0 ? HistoryPreview.NONE : new HistoryPreview(cards, answers, leftOut, own, wanted);
    }

    private static String newTitle(ImportRequest request) {
        String title = request.newTitle();
        if (title.isBlank()) {
            String name = request.fileName().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            title = dot > 0 ? name.substring(0, dot) : name;
        }
        title = title.strip();
        if (title.isEmpty()) {
            title = "Import";
        }
        return title.length() > BankSettings.TITLE_MAX ? title.substring(0, BankSettings.TITLE_MAX) : title;
    }

    private static ImportPreview withToken(ImportPreview p, String token) {
        return new ImportPreview(
                token,
                p.fileName(),
                p.format(),
                p.detected(),
                p.bankId(),
                p.bankTitle(),
                p.languages(),
                p.planned(),
                p.counts(),
                p.problems(),
                p.skipped(),
                p.notes(),
                p.images(),
                p.history(),
                p.summary());
    }
}
