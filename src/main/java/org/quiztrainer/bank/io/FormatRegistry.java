package org.quiztrainer.bank.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiztrainer.bank.io.support.Messages;
import org.quiztrainer.bank.io.support.TextInput;

/**
 * The formats the app knows, and which one a file is in: the one the user chose, else the one whose
 * {@link BankFormat#detect} scores the file's name and first {@link BankFormat#HEAD_BYTES} bytes highest
 * (on a tie, the one registered first). A file no format claims is refused with a message that lists the
 * formats.
 */
public final class FormatRegistry {

    /** How sure a format is about a file. */
    public record Score(Format format, int score) {}

    private final Map<Format, BankFormat> formats = new EnumMap<>(Format.class);
    private final List<BankFormat> order = new ArrayList<>();

    public FormatRegistry(List<BankFormat> formats) {
        for (BankFormat f : formats) {
            if (this.formats.put(f.format(), f) != null) {
                throw new IllegalArgumentException("two classes for " + f.format());
            }
            order.add(f);
        }
    }

    /** The class for a format. */
    public Optional<BankFormat> get(Format format) {
        return Optional.ofNullable(formats.get(format));
    }

    /** The formats registered, in order. */
    public List<Format> formats() {
        return order.stream().map(BankFormat::format).toList();
    }

    /** Every format's score for a file, highest first. */
    public List<Score> scores(String fileName, byte[] head) {
        List<Score> out = new ArrayList<>();
        for (BankFormat f : order) {
            out.add(new Score(f.format(), Math.max(0, Math.min(100, f.detect(fileName, head)))));
        }
        out.sort(Comparator.comparingInt(Score::score).reversed());
        return out;
    }

    /** The format scoring a file highest, if any scores above 0. */
    public Optional<Format> detect(String fileName, byte[] head) {
        List<Score> scores = scores(fileName, head);
        return scores.isEmpty() || scores.get(0).score() == 0
                ? Optional.empty()
                : Optional.of(scores.get(0).format());
    }

    /** The format to read a file with: the user's choice, else the detected one. */
    public Optional<BankFormat> choose(ImportSource source, ImportOptions options) throws IOException {
        if (options.format().isPresent()) {
            return get(options.format().get());
        }
        return detect(source.fileName(), head(source)).flatMap(this::get);
    }

    /**
     * Reads a file in its format. Refused ({@link ImportLimitException}) when it is too large, or when no
     * format is chosen or detected ({@code import.problem.file.unknown-format}).
     */
    public ImportDocument read(ImportSource source, ImportOptions options) throws IOException {
        TextInput.checkSize(source, options.limits());
        Optional<BankFormat> format = choose(source, options);
        if (format.isEmpty()) {
            String known =
                    String.join(", ", formats().stream().map(Format::code).toList());
            throw Messages.refusal(Where.entry(source.fileName()), "import.problem.file.unknown-format", known);
        }
        return format.get().read(source, options);
    }

    /** The first bytes of a file, for detection. */
    public static byte[] head(ImportSource source) throws IOException {
        try (InputStream in = Files.newInputStream(source.file())) {
            return in.readNBytes(BankFormat.HEAD_BYTES);
        }
    }
}
