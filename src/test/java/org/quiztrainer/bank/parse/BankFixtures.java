package org.quiztrainer.bank.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies the test banks under {@code src/test/resources/bank/} into a folder a test may change. */
public final class BankFixtures {

    private BankFixtures() {}

    /** The folder of a fixture on the class path, e.g. {@code good}. */
    public static Path resource(String name) {
        try {
            return Path.of(BankFixtures.class.getResource("/bank/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The good bank copied to {@code target}, with the files of {@code bad/<overlay>} laid over it. */
    public static Path goodWith(String overlay, Path target) {
        copy(resource("good"), target);
        if (overlay != null) {
            copy(resource("bad/" + overlay), target);
        }
        return target;
    }

    /** Copies a folder tree, replacing files that exist. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
