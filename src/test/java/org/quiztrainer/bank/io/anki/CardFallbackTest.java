package org.quiztrainer.bank.io.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;

/**
 * Cards that real decks have (AnkiDroid's {@code templates.apkg}, Anki's {@code mediacheck.anki2}): sides of
 * images the package lacks, templates of other note types that show nothing, typed fields in other note types.
 */
class CardFallbackTest {

    @TempDir
    Path dir;

    private ImportDocument read(PackageBuilder b) throws Exception {
        Path file = dir.resolve("deck.apkg");
        b.write(file);
        return new ApkgFormat().read(new ImportSource(file, "deck.apkg"), ImportOptions.DEFAULTS);
    }

    private static ImportItem item(ImportDocument doc, String front) {
        return doc.items().stream()
                .filter(i -> i.text().en().contains(front))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aBasicSideOfMissingImagesOnlyIsSkippedWithTheirNamesNotAProblem(boolean latest) throws Exception {
        PackageBuilder b = latest ? PackageBuilder.latest() : PackageBuilder.legacy();
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        b.card(b.note("g1", basic, "", "in wrong encoding", "<img src='ぱぱ.jpg'>"), 0, 1, 0, 0, 1);
        b.card(b.note("g2", basic, "", "kept", "<img src=\"here.png\">"), 0, 1, 0, 0, 2);
        b.media("here.png", AnkiFixtures.PNG);

        ImportDocument doc = read(b);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .singleElement()
                .satisfies(i -> assertThat(i.text().en()).isEqualTo("kept"));
        assertThat(doc.skipped()).anySatisfy(s -> {
            assertThat(s.key()).isEqualTo("import.skip.anki.only-missing-images");
            assertThat(s.args()).containsExactly("ぱぱ.jpg");
        });
        assertThat(doc.media()).extracting(m -> m.name()).containsExactly("here.png");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anOtherNoteTypeWhoseTemplateShowsNothingIsReadFirstFieldFrontOthersBack(boolean latest) throws Exception {
        PackageBuilder b = latest ? PackageBuilder.latest() : PackageBuilder.legacy();
        NoteType muscle = b.noteType(new NoteType(
                21,
                "Muscle",
                false,
                0,
                List.of("Name", "Origin", "Insertion", "Picture"),
                List.of(
                        new NoteType.Template(
                                0,
                                "Name/Origin",
                                "Where does {{Name}} originate?",
                                "{{FrontSide}}<hr id=answer>{{Origin}}"),
                        new NoteType.Template(
                                1,
                                "Picture/Name",
                                "Which muscle? {{Picture}}",
                                "{{FrontSide}}<hr id=answer>{{Name}}"))));
        NoteType conditional = b.noteType(new NoteType(
                22,
                "Basic-conditional",
                false,
                0,
                List.of("Front", "Back"),
                List.of(new NoteType.Template(
                        0, "Card 1", "{{#Front}}{{Front}}{{/Front}}", "{{Expression}}{{Notes}}"))));
        long deltoid = b.note("m1", muscle, "", "Deltoid", "Scapula", "Humerus", "<img src=\"Deltoid.JPG\" />");
        b.card(deltoid, 0, 1, 0, 0, 1);
        b.card(deltoid, 1, 1, 0, 0, 2);
        b.card(b.note("c1", conditional, "", "Some front text", "Some back text"), 0, 1, 0, 0, 3);

        ImportDocument doc = read(b);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .hasSize(3)
                .allSatisfy(i -> assertThat(i.content().type()).isEqualTo(QuestionType.FLASHCARD));
        assertThat(doc.items()).extracting(i -> i.text().en()).containsExactly("Deltoid", "Deltoid", "Some front text");
        assertThat(((QuestionContent.Flashcard) doc.items().get(1).content())
                        .back()
                        .en())
                .startsWith("Scapula");
        assertThat(((QuestionContent.Flashcard) item(doc, "Some front").content())
                        .back()
                        .en())
                .isEqualTo("Some back text");
        assertThat(doc.skipped()).anySatisfy(s -> assertThat(s.key()).isEqualTo("import.skip.anki.missing-media"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aTypedFieldOfAnOtherNoteTypeGoesOnTheBackOfAFlashcard(boolean latest) throws Exception {
        PackageBuilder b = latest ? PackageBuilder.latest() : PackageBuilder.legacy();
        NoteType thai = b.noteType(new NoteType(
                23,
                "Thaischrift",
                false,
                0,
                List.of("Deutsch", "Thai", "Kategorie", "Bilder"),
                List.of(new NoteType.Template(
                        0,
                        "Karte 1",
                        "{{Deutsch}} {{Kategorie}} {{type:Thai}}",
                        "{{FrontSide}}<hr id=answer>{{Thai}} {{Bilder}}"))));
        NoteType typing = b.noteType(StockNoteTypes.typing(24, "Basic (type in the answer)-1a2b3"));
        b.card(b.note("t1", thai, "", "Auto", "รถยนต์", "Verkehr", ""), 0, 1, 0, 0, 1);
        b.card(b.note("t2", typing, "", "to eat", "comer"), 0, 1, 0, 0, 2);

        ImportDocument doc = read(b);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .extracting(i -> i.content().type())
                .containsExactly(QuestionType.FLASHCARD, QuestionType.SHORT_ANSWER);
        QuestionContent.Flashcard car =
                (QuestionContent.Flashcard) item(doc, "Auto").content();
        assertThat(car.back().en()).isEqualTo("รถยนต์");
        assertThat(item(doc, "Auto").text().en()).isEqualTo("Auto<br>Verkehr");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aCardTooLongForTheBankIsSkippedAndATooLongExtraLeftOut(boolean latest) throws Exception {
        PackageBuilder b = latest ? PackageBuilder.latest() : PackageBuilder.legacy();
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        NoteType cloze = b.noteType(StockNoteTypes.cloze(12, "Cloze", false));
        String essay = "<div>" + "a long line of notes ".repeat(250) + "</div>";
        b.card(b.note("g1", basic, "", "long", essay), 0, 1, 0, 0, 1);
        b.card(b.note("g2", basic, "", "<b>short</b>", "fine"), 0, 1, 0, 0, 2);
        b.card(b.note("g3", cloze, "", "{{c1::Ser}} or estar", essay), 0, 1, 0, 0, 3);

        ImportDocument doc = read(b);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .extracting(i -> i.content().type())
                .containsExactly(QuestionType.FLASHCARD, QuestionType.CLOZE);
        assertThat(doc.items().get(1).explanation().isEmpty()).isTrue();
        assertThat(doc.skipped())
                .extracting(s -> s.key())
                .contains("import.skip.anki.too-long", "import.skip.anki.extra-too-long");
    }
}
