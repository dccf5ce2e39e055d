package org.quiztrainer.bank.io;

import java.util.List;

/**
 * What an export wrote: how many questions, and each one left out or written differently.
 *
 * @param written the questions in the file
 * @param notes   the questions left out or changed, in request order
 */
public record ExportReport(int written, List<ExportNote> notes) {

    public ExportReport {
        notes = List.copyOf(notes);
        if (written < 0) {
            throw new IllegalArgumentException("written is not negative");
        }
    }

    /** How many questions were left out. */
    public long skipped() {
        return notes.stream().filter(ExportNote::skipped).count();
    }
}
