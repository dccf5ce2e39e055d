package org.quiztrainer.transfer;

import java.util.List;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.io.Format;

/**
 * What an import would do, before anything is written: per type how many questions are created, updated or left
 * unchanged, what is skipped and why, every problem with its place, the notes, and the review history. Confirm
 * it with its {@code token}; while it has a problem it cannot be confirmed.
 *
 * @param token      what {@link ImportService#confirm} and {@link ImportService#cancel} take
 * @param fileName   the file's name
 * @param format     the format it was read as
 * @param detected   the format detected from its content, if any (the user may have chosen another)
 * @param bankId     the bank it goes into, or null for a new bank
 * @param bankTitle  that bank's title (the new bank's)
 * @param languages  the bank's languages (a new bank's follow the file)
 * @param planned    whether the bank was compared (false when the file could not be read at all)
 * @param counts     per type, in type order
 * @param problems   what stops the import
 * @param skipped    what is left out, with the reason
 * @param notes      what is imported differently from the file
 * @param images     images the questions bring
 * @param history    the review history
 * @param summary    the one-line report {@code import: N questions (TYPE N, ...), M skipped, P problems}
 */
public record ImportPreview(
        String token,
        String fileName,
        Format format,
        Format detected,
        Long bankId,
        String bankTitle,
        BankLanguages languages,
        boolean planned,
        List<TypeCount> counts,
        List<ImportLine> problems,
        List<ImportLine> skipped,
        List<ImportLine> notes,
        int images,
        HistoryPreview history,
        String summary) {

    public ImportPreview {
        counts = List.copyOf(counts);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** Whether it may be confirmed: read, compared with the bank, and without a problem. */
    public boolean canConfirm() {
        return planned && problems.isEmpty();
    }

    /** How many questions the file gives. */
    public int questions() {
        return counts.stream().mapToInt(TypeCount::inFile).sum();
    }

    /** How many questions would be created, updated, left unchanged. */
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
