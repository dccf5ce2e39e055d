package org.quiztrainer.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.DraftProblem;
import org.quiztrainer.bank.DraftsRefusedException;
import org.quiztrainer.bank.ImageCheck;
import org.quiztrainer.bank.QuestionDraft;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.SaveReport;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.FormatRegistry;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;
import org.springframework.stereotype.Component;

/**
 * Reads a file for a bank and works out what importing it would do: the document, its drafts, the images kept,
 * and per type what the bank would create, update or leave unchanged (the bank's own dry run of the save, so the
 * preview and the save cannot disagree), with every problem of the file and of its questions.
 */
@Component
class ImportPlanner {

    private final FormatRegistry registry;
    private final QuestionEditorService editor;

    ImportPlanner(FormatRegistry registry, QuestionEditorService editor) {
        this.registry = registry;
        this.editor = editor;
    }

    /** Where an import goes: an existing bank (its id, languages and title) or a new bank (null id, its title). */
    record Target(Long bankId, BankLanguages languages, String title) {}

    /** A planned import. */
    record Plan(
            ImportDocument document,
            Format format,
            Format detected,
            BankLanguages languages,
            ImportDrafts drafts,
            List<ImportMedia> media,
            List<TypeCount> counts,
            boolean planned,
            List<ImportLine> problems,
            List<ImportLine> skipped,
            List<ImportLine> notes) {}

    Plan plan(ImportSource source, ImportOptions chosen, Target target) throws IOException {
        Format detected =
                registry.detect(source.fileName(), FormatRegistry.head(source)).orElse(null);
        ImportOptions options = target.bankId() == null
                ? chosen
                : with(chosen, DocumentLanguages.forBank(chosen.language(), target.languages()));
        ImportDocument doc;
        try {
            doc = registry.read(source, options);
        } catch (ImportLimitException e) {
            return refused(options.format().orElse(detected), detected, target, e);
        }
        BankLanguages languages = target.languages();
        if (target.bankId() == null) {
            Optional<BankLanguages> fits = DocumentLanguages.of(doc);
            if (fits.isEmpty() && options.language() == TextLanguage.DETECT) {
                doc = registry.read(source, with(options, DocumentLanguages.majority(doc)));
                fits = DocumentLanguages.of(doc);
            }
            languages = fits.orElse(BankLanguages.BOTH);
        }
        ImportDrafts drafts = ImportDrafts.of(doc, target.title());
        List<ImportLine> problems =
                new ArrayList<>(doc.problems().stream().map(ImportLine::of).toList());
        List<ImportLine> skipped =
                new ArrayList<>(doc.skipped().stream().map(ImportLine::of).toList());
        List<ImportLine> notes =
                new ArrayList<>(doc.notes().stream().map(ImportLine::of).toList());
        List<ImportMedia> media = images(doc, skipped);
        SaveReport report = null;
        try {
            report = target.bankId() == null
                    ? editor.planNew(languages, drafts.drafts(), media)
                    : editor.planAll(target.bankId(), drafts.drafts(), media);
        } catch (DraftsRefusedException e) {
            e.problems().forEach(p -> problems.add(line(p, drafts)));
        }
        return new Plan(
                doc,
                doc.format(),
                detected,
                languages,
                drafts,
                media,
                counts(doc, drafts, report),
                true,
                problems,
                skipped,
                notes);
    }

    /** The problems the bank finds in drafts, as lines at the place of each draft's first question. */
    static ImportLine line(DraftProblem p, ImportDrafts drafts) {
        boolean media = p.field().equals("media") || p.field().equals("batch");
        Where where = media || p.index() >= drafts.origins().size()
                ? Where.entry(p.args().isEmpty() ? "file" : p.args().get(0))
                : drafts.origins().get(p.index()).where();
        String key = "import.draft." + p.key().substring("bank.edit.error.".length());
        List<String> args = p.field().equals("media") ? List.of() : p.args();
        String field = p.field().equals("media") ? "media" : p.field();
        return new ImportLine(where, ImportLine.Kind.PROBLEM, key, field, args, ImportText.english(key, field, args));
    }

    /** Per type: the questions in the file, and what the bank's dry run says happens to them. */
    static List<TypeCount> counts(ImportDocument doc, ImportDrafts drafts, SaveReport report) {
        Map<QuestionType, int[]> counts = new EnumMap<>(QuestionType.class);
        for (ImportItem i : doc.items()) {
            counts.computeIfAbsent(i.content().type(), t -> new int[5])[0]++;
        }
        if (report != null) {
            for (SaveReport.Saved s : report.saved()) {
                QuestionDraft d = drafts.drafts().get(s.index());
                int[] c = counts.computeIfAbsent(d.type(), t -> new int[5]);
                switch (s.outcome()) {
                    case CREATED -> c[1]++;
                    case CHANGED -> c[2]++;
                    case UNCHANGED -> c[3]++;
                    case RETIRED -> c[4]++;
                }
            }
        }
        List<TypeCount> out = new ArrayList<>();
        counts.forEach((t, c) -> out.add(new TypeCount(t, c[0], c[1], c[2], c[3], c[4])));
        return out;
    }

    /** The images the bank can keep; the others are skipped with the reason (the question shows without them). */
    static List<ImportMedia> images(ImportDocument doc, List<ImportLine> skipped) {
        List<ImportMedia> kept = new ArrayList<>();
        for (ImportMedia m : doc.media()) {
            Optional<ImageCheck.Refusal> refusal = ImageCheck.check(m.bytes()).refusal();
            if (refusal.isEmpty()) {
                kept.add(m);
            } else {
                String reason =
                        refusal.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                skipped.add(ImportLine.own(
                        Where.entry(m.name()), ImportLine.Kind.SKIP, "import.skip.image." + reason, m.name()));
            }
        }
        return kept;
    }

    private static Plan refused(Format format, Format detected, Target target, ImportLimitException e) {
        ImportDocument empty = new ImportDocument(
                format == null ? Format.GIFT : format,
                List.of(),
                List.of(),
                List.of(e.problem()),
                List.of(),
                List.of());
        return new Plan(
                empty,
                format,
                detected,
                target.languages() == null ? BankLanguages.BOTH : target.languages(),
                ImportDrafts.of(empty, ""),
                List.of(),
                List.of(),
                false,
                List.of(ImportLine.of(e.problem())),
                List.of(),
                List.of());
    }

    private static ImportOptions with(ImportOptions o, TextLanguage language) {
        return new ImportOptions(o.format(), language, o.quizlet(), o.limits());
    }
}
