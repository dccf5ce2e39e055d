package org.quiztrainer.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.DraftCheck;
import org.quiztrainer.bank.RichText;
import org.quiztrainer.bank.io.FormatRegistry;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;
import org.quiztrainer.bank.io.ImportSource;

/**
 * What {@code scripts/bank import --dry-run} checks, without a database: the file read in its format, and its
 * questions checked as a new bank of the file's languages would check them (texts, answers, limits, keys used
 * twice, topic paths), its images linked as saving links them (those the bank would refuse skipped with the
 * reason). Importing into a stored bank checks this and what only the bank knows (its keys and types).
 */
public final class DryRun {

    private DryRun() {}

    /**
     * The result of a dry run.
     *
     * @param problems every problem, with its place
     * @param skipped  what is left out and why
     * @param notes    what is imported differently
     * @param counts   per type, the questions in the file ({@link TypeCount#inFile})
     * @param summary  the report's last line
     */
    public record Result(
            List<ImportLine> problems,
            List<ImportLine> skipped,
            List<ImportLine> notes,
            List<TypeCount> counts,
            String summary) {

        public Result {
            problems = List.copyOf(problems);
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
            counts = List.copyOf(counts);
        }
    }

    /** Reads and checks a file, writing nothing. */
    public static Result check(FormatRegistry registry, ImportSource source, ImportOptions options) throws IOException {
        ImportDocument doc;
        try {
            doc = registry.read(source, options);
        } catch (ImportLimitException e) {
            List<ImportLine> problems = List.of(ImportLine.of(e.problem()));
            return new Result(problems, List.of(), List.of(), List.of(), ImportService.summary(List.of(), 0, 1));
        }
        Optional<BankLanguages> fits = DocumentLanguages.of(doc);
        if (fits.isEmpty() && options.language() == TextLanguage.DETECT) {
            doc = registry.read(
                    source,
                    new ImportOptions(
                            options.format(), DocumentLanguages.majority(doc), options.quizlet(), options.limits()));
            fits = DocumentLanguages.of(doc);
        }
        ImportDrafts drafts = ImportDrafts.of(doc, "");
        List<ImportLine> problems =
                new ArrayList<>(doc.problems().stream().map(ImportLine::of).toList());
        List<ImportLine> skipped =
                new ArrayList<>(doc.skipped().stream().map(ImportLine::of).toList());
        Map<String, Long> imageIds = new LinkedHashMap<>();
        for (ImportMedia m : ImportPlanner.images(doc, skipped)) {
            imageIds.put(m.name(), RichText.PENDING_IMAGE_ID - imageIds.size());
        }
        DraftCheck.check(fits.orElse(BankLanguages.BOTH), drafts.drafts(), unit -> Optional.empty(), imageIds)
                .forEach(p -> problems.add(ImportPlanner.line(p, drafts)));
        List<ImportLine> notes = doc.notes().stream().map(ImportLine::of).toList();
        List<TypeCount> counts = ImportPlanner.counts(doc, drafts, null);
        return new Result(
                problems, skipped, notes, counts, ImportService.summary(counts, skipped.size(), problems.size()));
    }
}
