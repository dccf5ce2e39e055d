package org.quiztrainer.srs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The reference replay cannot pass by replaying nothing: an empty or truncated vectors file fails it. */
class FsrsReferenceEmptyTest {

    @Test
    void anEmptyVectorsFileFailsTheReplay(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        assertThatThrownBy(() -> replayWith(empty)).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aHistoryWithoutItsExpectedResultsFailsTheReplay(@TempDir Path dir) throws Exception {
        Path truncated = Files.writeString(
                dir.resolve("truncated.jsonl"),
                "{\"id\":\"h1\",\"reviews\":[{\"review_time\":\"2024-01-01T00:00:00Z\",\"rating\":3}],"
                        + "\"expected\":{}}\n");
        assertThatThrownBy(() -> replayWith(truncated)).isInstanceOf(AssertionFailedError.class);
    }

    private static void replayWith(Path vectors) {
        String before = System.getProperty("fsrs.vectors");
        System.setProperty("fsrs.vectors", vectors.toString());
        try {
            new FsrsReferenceTest().replaysEveryHistoryInBothConfigurationsExactly();
        } finally {
            if (before == null) {
                System.clearProperty("fsrs.vectors");
            } else {
                System.setProperty("fsrs.vectors", before);
            }
        }
    }
}
