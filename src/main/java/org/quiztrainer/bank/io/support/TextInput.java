package org.quiztrainer.bank.io.support;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;

/**
 * Opens a text file to import: refused when larger than {@link ImportLimits#maxFileBytes()}, decoded by its
 * byte-order mark (UTF-8, UTF-16 LE or BE; UTF-8 without one), strictly, so that a file saved in another
 * encoding (Excel's "CSV" in a Windows code page) is reported rather than read as garbage.
 */
public final class TextInput {

    private TextInput() {}

    /** Refuses a file larger than the limit, before anything is read. */
    public static void checkSize(ImportSource source, ImportLimits limits) throws IOException {
        long size = Files.size(source.file());
        if (size > limits.maxFileBytes()) {
            throw Messages.refusal(
                    Where.entry(source.fileName()),
                    "import.problem.file.too-large",
                    mib(size),
                    mib(limits.maxFileBytes()));
        }
    }

    /** A reader of the file's text, buffered; the byte-order mark is not part of the text. */
    public static BufferedReader open(ImportSource source, ImportLimits limits) throws IOException {
        checkSize(source, limits);
        InputStream in = new BufferedInputStream(Files.newInputStream(source.file()), 64 * 1024);
        try {
            Charset charset = skipBom(in);
            return new java.io.BufferedReader(
                    new InputStreamReader(
                            in,
                            charset.newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
                    64 * 1024);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static Charset skipBom(InputStream in) throws IOException {
        in.mark(4);
        int a = in.read();
        int b = in.read();
        int c = in.read();
        if (a == 0xEF && b == 0xBB && c == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        in.reset();
        if (a == 0xFF && b == 0xFE) {
            in.skip(2);
            return StandardCharsets.UTF_16LE;
        }
        if (a == 0xFE && b == 0xFF) {
            in.skip(2);
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** A size in MiB with one decimal, for messages. */
    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
