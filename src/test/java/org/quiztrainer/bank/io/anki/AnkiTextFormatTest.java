package org.quiztrainer.bank.io.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;

class AnkiTextFormatTest {

    @TempDir
    Path dir;

    private final AnkiTextFormat format = new AnkiTextFormat();

    private ImportDocument read(String text) throws IOException {
        return read(text, ImportOptions.DEFAULTS);
    }

    private ImportDocument read(String text, ImportOptions options) throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return format.read(new ImportSource(file, "notes.txt"), options);
    }

    /** As Anki 25 writes File > Export > Notes in Plain Text with every option on. */
    private static final String ANKI_EXPORT = String.join(
            "\n",
            "#separator:tab",
            "#html:true",
            "#guid column:1",
            "#notetype column:2",
            "#deck column:3",
            "#tags column:7",
            "g1\tBasic\tSpanish::Verbs\t<b>hablar</b>\tto speak [sound:hablar.mp3]\t\tverb",
            "g2\tBasic (and reversed card)\tSpanish::Nouns\tel gato\tthe cat\t\tnoun animal",
            "g3\tCloze\tSpanish::Grammar\t\"{{c1::Ser}} is permanent, {{c2::estar::verb}} is not\"\tmostly\t\t",
            "g4\tBasic (type in the answer)\tSpanish::Verbs\tto eat\t<div>comer</div>\t\t",
            "g5\tBasic (optional reversed card)\tSpanish::Nouns\tel perro\tthe dog\t\t",
            "g6\tBasic (optional reversed card)\tSpanish::Nouns\tla casa\tthe house\ty\t",
            "g7\tVocabulary\tSpanish::Nouns\tel libro\tthe book\t\t",
            "");

    @Test
    void readsAnkisOwnExportWithEveryStandardNoteType() throws IOException {
        ImportDocument doc = read(ANKI_EXPORT);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .extracting(ImportItem::identity)
                .containsExactly("g1", "g2", "g2/1", "g3", "g3/1", "g4", "g5", "g6", "g6/1", "g7");
        ImportItem basic = AnkiFixtures.item(doc, "g1");
        assertThat(basic.text()).isEqualTo(LocalizedText.enOnly("<b>hablar</b>"));
        assertThat(basic.content()).isEqualTo(new QuestionContent.Flashcard(LocalizedText.enOnly("to speak")));
        assertThat(basic.topicPath()).containsExactly("Verbs");
        assertThat(basic.tags()).containsExactly("verb");
        assertThat(basic.html()).isTrue();
        ImportItem reverse = AnkiFixtures.item(doc, "g2/1");
        assertThat(reverse.text()).isEqualTo(LocalizedText.enOnly("the cat"));
        assertThat(reverse.tags()).containsExactly("noun", "animal");
        ImportItem cloze2 = AnkiFixtures.item(doc, "g3/1");
        assertThat(cloze2.content()).isEqualTo(new QuestionContent.Cloze(2, false));
        assertThat(cloze2.explanation()).isEqualTo(LocalizedText.enOnly("mostly"));
        ImportItem typed = AnkiFixtures.item(doc, "g4");
        assertThat(typed.content()).isEqualTo(new QuestionContent.ShortAnswer(List.of(), List.of("comer")));
        assertThat(doc.skipped())
                .extracting(s -> s.key())
                .containsExactlyInAnyOrder("import.skip.anki.sound", "import.skip.anki.other-note-type");
        assertThat(doc.skipped().get(0).english()).contains("hablar.mp3");
    }

    @Test
    void aFileWithoutHeaderIsBasicNotesWithTagsAfterTheFields() throws IOException {
        ImportDocument doc = read("front one\tback one\ttag1 tag2\n\n# a comment\nfront two\tback two\n");

        assertThat(doc.items()).hasSize(2);
        assertThat(doc.items().get(0).tags()).containsExactly("tag1", "tag2");
        assertThat(doc.items().get(0).html()).isFalse();
        assertThat(doc.items().get(0).identity()).isEmpty();
        assertThat(doc.items().get(1).where().line()).isEqualTo(4);
    }

    @Test
    void aRowWithTheFirstFieldOfAnEarlierOneIsADuplicateAsAnkiFindsThem() throws IOException {
        ImportDocument doc = read("喝\tto drink\n吃\tto eat\n<b>喝</b>\tto drink again\nto eat\t吃\n");

        assertThat(doc.items()).extracting(i -> i.where().line()).containsExactly(1, 2, 4);
        assertThat(doc.skipped()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("import.skip.anki.duplicate");
            assertThat(s.where().line()).isEqualTo(3);
            assertThat(s.args()).containsExactly("1");
        });
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaksAndChineseIsDetected() throws IOException {
        ImportDocument doc = read("#separator:comma\n#html:false\n\"问题, 有逗号\",\"第一行\n第二行 \"\"引号\"\"\"\nnext,one\n");

        assertThat(doc.items()).hasSize(2);
        ImportItem first = doc.items().get(0);
        assertThat(first.text()).isEqualTo(LocalizedText.zhOnly("问题, 有逗号"));
        assertThat(first.content()).isEqualTo(new QuestionContent.Flashcard(LocalizedText.zhOnly("第一行\n第二行 \"引号\"")));
        assertThat(doc.items().get(1).where().line()).isEqualTo(5);
    }

    @Test
    void globalNotetypeColumnsByNameAndGlobalTagsAndDeck() throws IOException {
        ImportDocument doc = read("#separator:tab\n#notetype:Basic\n#deck:Top::Sub\n#tags:global\n"
                + "#columns:Back\tFront\n#guid column:3\nthe back\tthe front\tid-1\n");

        ImportItem item = doc.items().get(0);
        assertThat(item.identity()).isEqualTo("id-1");
        assertThat(item.text().en()).isEqualTo("the front");
        assertThat(item.tags()).containsExactly("global");
        assertThat(item.topicPath()).containsExactly("Sub");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void exportThenImportGivesBackTheSameQuestions(String language) throws IOException {
        var request = AnkiFixtures.request(Locale.forLanguageTag(language));

        ImportDocument doc = AnkiFixtures.roundTrip(format, request, dir, ImportOptions.DEFAULTS);

        RoundTrips.assertSameQuestions(request, doc);
        assertThat(doc.items()).extracting(i -> i.content().type()).contains(QuestionType.values());
    }

    @Test
    void aRowEditedAfterExportIsReadFromItsFields() throws IOException {
        var request = AnkiFixtures.request(Locale.ENGLISH);
        Path file = dir.resolve("export.txt");
        try (var out = Files.newOutputStream(file)) {
            format.write(request, out);
        }
        String text = Files.readString(file);
        String single = text.lines()
                .filter(l -> l.startsWith("basics.single\t"))
                .findFirst()
                .orElseThrow();
        String[] columns = single.split("\t", -1);
        columns[3] = columns[3] + " edited";
        Files.writeString(file, text.replace(single, String.join("\t", columns)));

        ImportDocument doc = format.read(new ImportSource(file, "export.txt"), ImportOptions.DEFAULTS);

        assertThat(AnkiFixtures.item(doc, "basics.single").content().type()).isEqualTo(QuestionType.FLASHCARD);
        assertThat(doc.skipped()).extracting(s -> s.key()).contains("import.skip.anki.edited");
    }

    @Test
    void aTenMegabyteLineIsAProblemAtItsLineAndTheRestIsRead() throws IOException {
        Path file = dir.resolve("long.txt");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("#separator:tab\nfirst\tone\n");
            for (int i = 0; i < 10 * 1024 * 1024 / 8; i++) {
                w.write("xxxxxxxx");
            }
            w.write("\tback\nlast\tone\n");
        }

        ImportDocument doc = format.read(new ImportSource(file, "long.txt"), ImportOptions.DEFAULTS);

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("import.problem.anki.line-too-long");
            assertThat(p.where().line()).isEqualTo(3);
        });
        assertThat(doc.items()).hasSize(2);
    }

    @Test
    void aHundredThousandRowsAreReadAndOneMoreIsRefused() throws IOException {
        Path file = dir.resolve("many.txt");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("#separator:tab\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("front " + i + "\tback " + i + "\n");
            }
        }
        ImportDocument doc = format.read(new ImportSource(file, "many.txt"), ImportOptions.DEFAULTS);
        assertThat(doc.items()).hasSize(100_000);

        Files.writeString(file, "one more\tback\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> format.read(new ImportSource(file, "many.txt"), ImportOptions.DEFAULTS))
                .isInstanceOfSatisfying(
                        ImportLimitException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.problem.anki.too-many-questions"));
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemAndALargeFileIsRefused() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "front\tcaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(format.read(new ImportSource(file, "latin1.txt"), ImportOptions.DEFAULTS)
                        .problems())
                .extracting(p -> p.key())
                .containsExactly("import.problem.anki.not-utf8");

        ImportLimits small = new ImportLimits(10, 10, 100, 10, 10, 100, 10, 10, 10);
        ImportOptions options = new ImportOptions(
                java.util.Optional.empty(),
                ImportOptions.TextLanguage.DETECT,
                ImportOptions.QuizletOptions.DEFAULTS,
                small);
        assertThatThrownBy(() -> format.read(new ImportSource(file, "latin1.txt"), options))
                .isInstanceOfSatisfying(
                        ImportLimitException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.problem.anki.file-too-large"));
    }

    @Test
    void detectsAnkisHeaderLines() {
        assertThat(format.detect("x.txt", "#separator:tab\n#html:true\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(95);
        assertThat(format.detect("x.csv", "id,type,topic\n".getBytes(StandardCharsets.UTF_8)))
                .isZero();
    }
}
