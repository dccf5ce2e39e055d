package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;

/**
 * Anki packages: .apkg (a deck) and .colpkg (a whole collection), read with their review history
 * ({@link ApkgReader}) and written as legacy packages that current Anki imports ({@link ApkgWriter}).
 */
public final class ApkgFormat implements BankFormat {

    private final Clock clock;

    /** A format whose exports are stamped with the system clock. */
    public ApkgFormat() {
        this(Clock.systemUTC());
    }

    /** A format whose exports take their ids and times from {@code clock}. */
    public ApkgFormat(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Format format() {
        return Format.APKG;
    }

    /**
     * Certain of a zip naming an Anki collection among its first entries; fairly sure of a zip named .apkg, and
     * of a bare collection (an SQLite file, or a zstd frame named .anki21b).
     */
    @Override
    public int detect(String fileName, byte[] head) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (ApkgReader.sqlite(head)) {
            return 95;
        }
        if (ApkgReader.zstd(head)) {
            return lower.endsWith(".anki21b") ? 90 : 20;
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (!zip) {
            return 0;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.contains(ApkgReader.LEGACY1) || text.contains(ApkgReader.LEGACY2)) {
            return 100;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".apkg") || name.endsWith(".colpkg") ? 90 : 10;
    }

    @Override
    public ImportDocument read(ImportSource source, ImportOptions options) throws IOException {
        return new ApkgReader(options).read(source);
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        new ApkgWriter(clock).write(request, out);
    }
}
