package org.quiztrainer.bank.io.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.ReviewHistory;
import org.quiztrainer.bank.io.ReviewHistory.Kind;

class ApkgFormatTest {

    @TempDir
    Path dir;

    private final ApkgFormat format =
            new ApkgFormat(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

    private ImportDocument read(PackageBuilder b) throws Exception {
        Path file = dir.resolve("deck.apkg");
        b.write(file);
        return format.read(new ImportSource(file, "deck.apkg"), ImportOptions.DEFAULTS);
    }

    private static ReviewHistory history(ImportDocument doc, String identity) {
        return doc.histories().stream()
                .filter(h -> h.identity().equals(identity))
                .findFirst()
                .orElseThrow();
    }

    /** A deck of every standard note type, in both package kinds. */
    private static PackageBuilder deck(PackageBuilder b) {
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        NoteType reversed = b.noteType(StockNoteTypes.reversed(12, "Basic (and reversed card)"));
        NoteType typing = b.noteType(StockNoteTypes.typing(13, "Basic (type in the answer)"));
        NoteType cloze = b.noteType(StockNoteTypes.cloze(14, "Cloze", false));
        NoteType vocab = b.noteType(new NoteType(
                15,
                "Vocab",
                false,
                0,
                List.of("Word", "Reading", "Meaning"),
                List.of(new NoteType.Template(
                        0, "Recognise", "{{Word}}", "{{FrontSide}}<hr id=answer>{{Reading}}<br>{{Meaning}}"))));
        long spanish = b.deck("Spanish::Verbs");
        long nouns = b.deck("Spanish::Nouns");
        long n1 = b.note(
                "guid-1", basic, " verb ", "<b>hablar</b> <img src=\"talk.png\">", "to speak [sound:hablar.mp3]");
        long c1 = b.card(n1, 0, spanish, 2, 2, 10);
        b.review(c1, 1_700_050_000_000L, 3, 8000, 0, 2500)
                .review(c1, 1_700_150_000_000L, 1, 12000, 1, 2500)
                .review(c1, 1_700_160_000_000L, 0, 0, 4, 0)
                .review(c1, 1_700_170_000_000L, 0, 0, 4, 2500)
                .review(c1, 1_700_180_000_000L, 0, 0, 5, 2500)
                .review(c1, 1_700_190_000_000L, 4, 3000, 3, 0);
        long n2 = b.note("guid-2", reversed, "noun", "el gato", "the cat");
        b.card(n2, 0, nouns, 1, 1, 1_700_100_000L);
        long c22 = b.card(n2, 1, nouns, 2, -1, 12);
        b.review(c22, 1_700_060_000_000L, 3, 5000, 0, 2500);
        long n3 = b.note("guid-3", typing, "", "to eat", "comer");
        b.card(n3, 0, nouns, 0, 0, 3);
        long n4 = b.note("guid-4", cloze, "", "{{c1::Ser}} or {{c2::estar::verb}}", "mostly");
        b.card(n4, 0, spanish, 0, 0, 4);
        long c42 = b.card(n4, 1, 99, 2, 2, 0, 15, spanish);
        b.review(c42, 1_700_070_000_000L, 3, 4000, 1, 2500);
        long n5 = b.note("guid-5", vocab, "", "libro", "LEE-bro", "book");
        b.card(n5, 0, nouns, 0, 0, 5);
        b.media("talk.png", AnkiFixtures.PNG).media("unused.png", new byte[] {1, 2, 3});
        return b;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsEveryStandardNoteTypeWithImagesAndHistory(boolean latest) throws Exception {
        ImportDocument doc = read(deck(latest ? PackageBuilder.latest() : PackageBuilder.legacy()));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .extracting(ImportItem::identity)
                .containsExactly("guid-1", "guid-2", "guid-2/1", "guid-3", "guid-4", "guid-4/1", "guid-5");
        ImportItem basic = AnkiFixtures.item(doc, "guid-1");
        assertThat(basic.text()).isEqualTo(LocalizedText.enOnly("<b>hablar</b> <img src=\"talk.png\">"));
        assertThat(basic.content()).isEqualTo(new QuestionContent.Flashcard(LocalizedText.enOnly("to speak")));
        assertThat(basic.topicPath()).containsExactly("Verbs");
        assertThat(basic.html()).isTrue();
        assertThat(AnkiFixtures.item(doc, "guid-2/1").text().en()).isEqualTo("the cat");
        assertThat(AnkiFixtures.item(doc, "guid-3").content())
                .isEqualTo(new QuestionContent.ShortAnswer(List.of(), List.of("comer")));
        assertThat(AnkiFixtures.item(doc, "guid-4/1").content()).isEqualTo(new QuestionContent.Cloze(2, false));
        assertThat(AnkiFixtures.item(doc, "guid-4/1").topicPath()).containsExactly("Verbs");
        assertThat(AnkiFixtures.item(doc, "guid-5").content())
                .isEqualTo(new QuestionContent.Flashcard(LocalizedText.enOnly("LEE-bro<br>book")));
        assertThat(doc.media()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("talk.png");
            assertThat(m.bytes()).isEqualTo(AnkiFixtures.PNG);
        });
        assertThat(doc.skipped())
                .extracting(s -> s.key())
                .contains("import.skip.anki.sound", "import.skip.anki.other-note-type")
                .containsOnlyOnce("import.skip.anki.other-note-type");
        assertThat(doc.skipped().stream().anyMatch(s -> s.key().equals("import.skip.anki.placeholder")))
                .isEqualTo(latest);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void reviewHistoryKeepsRatingsKindsDurationsDueDatesAndSuspension(boolean latest) throws Exception {
        ImportDocument doc = read(deck(latest ? PackageBuilder.latest() : PackageBuilder.legacy()));

        ReviewHistory first = history(doc, "guid-1");
        assertThat(first.reviews())
                .extracting(ReviewHistory.Review::kind)
                .containsExactly(Kind.LEARN, Kind.REVIEW, Kind.RESET, Kind.MANUAL, Kind.RESCHEDULED, Kind.FILTERED);
        assertThat(first.reviews()).extracting(ReviewHistory.Review::rating).containsExactly(3, 1, 0, 0, 0, 4);
        assertThat(first.reviews().get(0).at()).isEqualTo(Instant.ofEpochMilli(1_700_050_000_000L));
        assertThat(first.reviews().get(1).durationMs()).isEqualTo(12000);
        // crt 2023-11-14T22:13:20Z is 2023-11-15 at UTC+8 (creationOffset -480); day 10 starts 2023-11-25 04:00 +08:00
        assertThat(first.due()).contains(Instant.parse("2023-11-24T20:00:00Z"));
        assertThat(first.suspended()).isFalse();
        ReviewHistory learning = history(doc, "guid-2");
        assertThat(learning.reviews()).isEmpty();
        assertThat(learning.due()).contains(Instant.ofEpochSecond(1_700_100_000L));
        ReviewHistory suspended = history(doc, "guid-2/1");
        assertThat(suspended.suspended()).isTrue();
        assertThat(suspended.due()).contains(Instant.parse("2023-11-26T20:00:00Z"));
        assertThat(history(doc, "guid-4/1").due())
                .as("home deck due of a card in a filtered deck")
                .contains(Instant.parse("2023-11-29T20:00:00Z"));
        assertThat(doc.histories()).extracting(ReviewHistory::identity).doesNotContain("guid-3", "guid-4", "guid-5");
    }

    @Test
    void theUserOffsetAndTheRolloverHourSetTheDayStart() throws Exception {
        PackageBuilder b = PackageBuilder.latest().conf("rollover", 6).conf("localOffset", 0);
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        b.card(b.note("g", basic, "", "front", "back"), 0, 1, 2, 2, 10);

        ImportDocument doc = read(b);

        assertThat(history(doc, "g").due()).contains(Instant.parse("2023-11-25T06:00:00Z"));
    }

    @Test
    void theV1SchedulerCountsDaysFromCreationAndItsLearningButtonsAreShifted() throws Exception {
        PackageBuilder b = PackageBuilder.legacy()
                .conf("schedVer", null)
                .conf("rollover", null)
                .conf("creationOffset", null);
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        long cid = b.card(b.note("g", basic, "", "front", "back"), 0, 1, 2, 2, 3);
        b.review(cid, 1_700_000_100_000L, 2, 1000, 0, 0)
                .review(cid, 1_700_000_200_000L, 3, 1000, 2, 0)
                .review(cid, 1_700_000_300_000L, 3, 1000, 1, 2500);

        ImportDocument doc = read(b);

        ReviewHistory h = history(doc, "g");
        assertThat(h.reviews()).extracting(ReviewHistory.Review::rating).containsExactly(3, 4, 3);
        assertThat(h.due()).contains(Instant.ofEpochSecond(1_700_000_000L + 3 * 86_400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void exportThenImportGivesBackTheSameQuestionsAndImages(String language) throws Exception {
        var request = AnkiFixtures.request(Locale.forLanguageTag(language));

        ImportDocument doc = AnkiFixtures.roundTrip(format, request, dir, ImportOptions.DEFAULTS);

        RoundTrips.assertSameQuestions(request, doc);
        assertThat(doc.items()).extracting(i -> i.content().type()).contains(QuestionType.values());
        assertThat(doc.media())
                .singleElement()
                .satisfies(m -> assertThat(m.bytes()).isEqualTo(AnkiFixtures.PNG));
        assertThat(doc.histories()).isEmpty();
    }

    @Test
    void aPlaceholderOnlyPackageImportsNothing() throws Exception {
        PackageBuilder b = PackageBuilder.legacy();
        NoteType basic = b.noteType(StockNoteTypes.basic(1, "Basic"));
        b.card(
                b.note(
                        "d",
                        basic,
                        "",
                        CollectionReader.PLACEHOLDER + ", then import the .colpkg/.apkg file again.",
                        ""),
                0,
                1,
                0,
                0,
                1);

        ImportDocument doc = read(b);

        assertThat(doc.items()).isEmpty();
        assertThat(doc.skipped()).extracting(s -> s.key()).containsExactly("import.skip.anki.placeholder");
    }

    @Test
    void detectsPackages() throws Exception {
        Path file = dir.resolve("x.apkg");
        deck(PackageBuilder.latest()).write(file);
        byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(file), 4096);
        assertThat(format.detect("x.bin", head)).isEqualTo(100);
        assertThat(format.detect("x.apkg", "#separator:tab".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isZero();
        assertThat(Optional.of(format.format().code())).contains("apkg");
    }
}
