package org.quiztrainer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.standard.StandardFormats;

/**
 * Real Anki files from other projects (src/test/resources/anki/*&#47;README.md says where each comes from and
 * what its SQLite holds), checked as {@code scripts/bank import FILE --dry-run} checks them: the format detected
 * from the content, and the report's last line.
 */
class RealAnkiFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // 7 notes: 2 Basic, 5 Basic (and reversed card); 12 cards; bare schema 11 and 15 collections
                "ankipandas/collection-schema11.anki2|collection.anki2|import: 12 questions (flashcard 12), 0 skipped, 0 problems",
                "ankipandas/collection-schema15.anki2|collection.anki2|import: 12 questions (flashcard 12), 0 skipped, 0 problems",
                // 16 Basic notes and cards, a bare schema 18 collection
                "transformerman/two_deck_collection.anki2|two_deck_collection.anki2|import: 16 questions (flashcard 16), 0 skipped, 0 problems",
                // 459 notes of one other note type (13 fields, 1 template); collection.anki21b with the placeholder
                // collection.anki2 skipped, the other note type reported
                "mujing/basic_word_new_version.apkg|basic_word_new_version.apkg|import: 459 questions (flashcard 459), 2 skipped, 0 problems",
                // 146 cards: 124 of other note types, 22 cloze; 2 cloze cards with no such deletion, 2 empty cards,
                // 39 images not in the package, sounds, 5 other note types: each a skip line
                "ankidroid/templates.apkg|templates.apkg|import: 142 questions (flashcard 122, cloze 20), 49 skipped, 0 problems",
            })
    void importsAsTheFileHolds(String resource, String name, String summary) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/anki/" + resource)) {
            Files.copy(in, file);
        }

        DryRun.Result r =
                DryRun.check(StandardFormats.registry(), new ImportSource(file, name), ImportOptions.DEFAULTS);

        assertThat(r.problems()).isEmpty();
        assertThat(r.summary()).isEqualTo(summary);
    }
}
