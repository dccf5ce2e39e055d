package org.quiztrainer.transfer;

import java.time.Instant;
import java.util.List;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.study.HistoryImport;

/**
 * What a confirmed import wrote into a bank, kept on the bank's page.
 *
 * @param id       its id
 * @param bankId   the bank
 * @param userName who imported
 * @param at       when
 * @param fileName the file
 * @param format   its format
 * @param counts   per type, what was created, updated, left unchanged
 * @param skipped  what was left out and why (the first {@value ImportReports#MAX_LINES})
 * @param notes    what was imported differently from the file (the first {@value ImportReports#MAX_LINES})
 * @param skippedCount how many entries were left out in all
 * @param images   images brought in
 * @param history  the review history written into the importer's memory
 */
public record ImportReport(
        long id,
        long bankId,
        String userName,
        Instant at,
        String fileName,
        Format format,
        List<TypeCount> counts,
        List<ImportLine> skipped,
        List<ImportLine> notes,
        int skippedCount,
        int images,
        HistoryImport history) {

    public ImportReport {
        counts = List.copyOf(counts);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        history = history == null ? HistoryImport.NONE : history;
    }

    /** How many questions the file gave. */
    public int questions() {
        return counts.stream().mapToInt(TypeCount::inFile).sum();
    }

    public int created() {
        return counts.stream().mapToInt(TypeCount::created).sum();
    }

    public int updated() {
        return counts.stream().mapToInt(TypeCount::updated).sum();
    }

    public int unchanged() {
        return counts.stream().mapToInt(TypeCount::unchanged).sum();
    }
}
