package org.quiztrainer.bank.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One import/export format (GIFT, Moodle XML, Anki text, Anki package, Quizlet, CSV). Implementations are
 * pure: no Spring, no database; what a file holds becomes an {@link ImportDocument}, which the bank's import
 * service compares with a bank (preview) and writes (confirm). Reading never writes anything and never
 * throws for bad content: every problem is reported with where it is. A file past a limit
 * ({@link ImportLimits}) is refused with {@link ImportLimitException}.
 */
public interface BankFormat {

    /** The format this class reads and writes. */
    Format format();

    /**
     * How sure this format is that a file is written in it, from its name and its first bytes (up to
     * {@link #HEAD_BYTES}): 0 not at all, 100 certain (e.g. a zip holding {@code collection.anki2}).
     */
    int detect(String fileName, byte[] head);

    /** Reads a file. */
    ImportDocument read(ImportSource source, ImportOptions options) throws IOException;

    /** Writes a bank (or part of one) in this format. */
    void write(ExportRequest request, OutputStream out) throws IOException;

    /**
     * Writes like {@link #write} and reports which questions the format could not carry as they are (left
     * out, or written as the nearest type). Formats that lose something override it; the default reports
     * every question written unchanged.
     */
    default ExportReport export(ExportRequest request, OutputStream out) throws IOException {
        write(request, out);
        return new ExportReport(request.questions().size(), List.of());
    }

    /** How many bytes of a file {@link #detect} is shown. */
    int HEAD_BYTES = 4096;
}
