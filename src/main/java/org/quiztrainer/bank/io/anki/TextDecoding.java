package org.quiztrainer.bank.io.anki;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text export: UTF-8 (with or without a byte-order mark, as Anki writes and reads it) or UTF-16 with
 * its byte-order mark (Excel's "Unicode text"). Bytes that are not valid in the encoding raise
 * {@link java.nio.charset.MalformedInputException} instead of being replaced silently.
 */
final class TextDecoding {

    private TextDecoding() {}

    static BufferedReader open(Path file, int bufferChars) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bom.length >= 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (bom.length >= 2 && (bom[0] & 0xff) == 0xff && (bom[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bom.length >= 2 && (bom[0] & 0xff) == 0xfe && (bom[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        in.reset();
        in.skipNBytes(skip);
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), bufferChars);
    }
}
