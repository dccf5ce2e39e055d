package org.quiztrainer.bank.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Files for the format tests: fixtures under {@code src/test/resources/bank/io/}, and temporary files. */
public final class IoFixtures {

    private IoFixtures() {}

    /** A fixture file. */
    public static ImportSource resource(String name) {
        try {
            Path p = Path.of(IoFixtures.class.getResource("/bank/io/" + name).toURI());
            return new ImportSource(p, p.getFileName().toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A temporary file holding {@code text} in UTF-8. */
    public static ImportSource text(Path dir, String name, String text) {
        return bytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A temporary file holding {@code bytes}. */
    public static ImportSource bytes(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, bytes);
            return new ImportSource(p, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads with the default options. */
    public static ImportDocument read(BankFormat format, ImportSource source) {
        return read(format, source, ImportOptions.DEFAULTS);
    }

    public static ImportDocument read(BankFormat format, ImportSource source, ImportOptions options) {
        try {
            return format.read(source, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The questions by identity. */
    public static Map<String, ImportItem> byIdentity(ImportDocument doc) {
        return doc.items().stream().collect(Collectors.toMap(ImportItem::identity, Function.identity()));
    }

    /** Writes a request and returns the bytes and the report. */
    public static Written write(BankFormat format, ExportRequest request) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportReport report = format.export(request, out);
            return new Written(out.toByteArray(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an export wrote. */
    public record Written(byte[] bytes, ExportReport report) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Options with other limits. */
    public static ImportOptions limits(ImportLimits limits) {
        return new ImportOptions(
                Optional.empty(), ImportOptions.TextLanguage.DETECT, ImportOptions.QuizletOptions.DEFAULTS, limits);
    }

    /** The keys of a document's problems, skips or notes. */
    public static List<String> keys(List<?> list) {
        return list.stream()
                .map(o -> o instanceof ImportProblem p
                        ? p.key()
                        : o instanceof ImportSkip s ? s.key() : o instanceof ImportNote n ? n.key() : o.toString())
                .toList();
    }
}
