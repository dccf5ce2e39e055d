package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Anki packages for the tests and benchmarks of other packages: a small deck with a review history, one studied
 * until a given moment, a large one.
 */
public final class TestDecks {

    /** The collection's creation, seconds (2023-11-14T22:13:20Z); card due days count from its day. */
    public static final long CREATED = 1_700_000_000L;

    private TestDecks() {}

    /**
     * A learner's small Spanish deck: a Basic note studied twice ({@code es-1}), a Basic (and reversed card) note
     * whose reverse was studied once and is suspended ({@code es-2}, {@code es-2/1}), a Cloze note with two
     * deletions, the first studied ({@code es-3}), a new Basic note ({@code es-4}); due dates in review days.
     *
     * @param reviewDue the due day (days from {@link #CREATED}) of {@code es-1}
     */
    public static void spanish(Path file, int reviewDue) throws IOException, SQLException {
        PackageBuilder b = PackageBuilder.latest();
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        NoteType reversed = b.noteType(StockNoteTypes.reversed(12, "Basic (and reversed card)"));
        NoteType cloze = b.noteType(StockNoteTypes.cloze(14, "Cloze", false));
        long verbs = b.deck("Spanish::Verbs");
        long nouns = b.deck("Spanish::Nouns");
        long c1 = b.card(b.note("es-1", basic, "verb", "hablar", "to speak"), 0, verbs, 2, 2, reviewDue);
        b.review(c1, 1_700_050_000_000L, 3, 8000, 0, 2500).review(c1, 1_700_300_000_000L, 3, 6000, 1, 2500);
        long n2 = b.note("es-2", reversed, "noun", "el gato", "the cat");
        b.card(n2, 0, nouns, 0, 0, 2);
        long c22 = b.card(n2, 1, nouns, 2, -1, reviewDue + 3);
        b.review(c22, 1_700_060_000_000L, 3, 5000, 0, 2500);
        long n3 = b.note("es-3", cloze, "", "{{c1::Ser}} or {{c2::estar}}", "to be");
        long c31 = b.card(n3, 0, verbs, 2, 2, reviewDue + 5);
        b.card(n3, 1, verbs, 0, 0, 3);
        b.review(c31, 1_700_070_000_000L, 1, 4000, 0, 2500)
                .review(c31, 1_700_070_600_000L, 3, 3000, 0, 2500)
                .review(c31, 1_700_400_000_000L, 3, 3000, 1, 2500);
        b.card(b.note("es-4", basic, "", "comer", "to eat"), 0, verbs, 0, 0, 4);
        b.write(file);
    }

    /**
     * A learner's deck of capitals studied until {@code now}, in the deck "Capitals::Europe" (the topic Europe of
     * the bank): four Basic notes, three of them answered Good three times (a learning answer, then reviews days
     * apart) and one new; in note order {@code cap-1} due in 10 days, {@code cap-2} new, {@code cap-3} overdue (due
     * two days ago), {@code cap-4} due in 30 days. The collection was made 100 days before {@code now} in UTC+8
     * (Anki's V2 days with a 4 a.m. rollover), so day {@code d} starts at 04:00 +08:00 on the creation date plus
     * {@code d} days.
     *
     * @return the due date Anki gives each studied card, by its note's GUID
     */
    public static Map<String, Instant> capitals(Path file, Instant now) throws IOException, SQLException {
        ZoneOffset utc8 = ZoneOffset.ofHours(8);
        Instant crt = now.minus(Duration.ofDays(100)).truncatedTo(ChronoUnit.SECONDS);
        PackageBuilder b = PackageBuilder.latest().crt(crt.getEpochSecond()).conf("creationOffset", -480);
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        long deck = b.deck("Capitals::Europe");
        LocalDate created = crt.atOffset(utc8).toLocalDate();
        long today = ChronoUnit.DAYS.between(created, now.atOffset(utc8).toLocalDate());
        Map<String, Instant> due = new LinkedHashMap<>();
        String[][] notes = {
            {"cap-1", "What is the capital of Norway?", "Oslo", "10"},
            {"cap-2", "What is the capital of Portugal?", "Lisbon", ""},
            {"cap-3", "What is the capital of Hungary?", "Budapest", "-2"},
            {"cap-4", "What is the capital of Finland?", "Helsinki", "30"}
        };
        for (int i = 0; i < notes.length; i++) {
            String[] n = notes[i];
            long nid = b.note(n[0], basic, "", n[1], n[2]);
            if (n[3].isEmpty()) {
                b.card(nid, 0, deck, 0, 0, i + 1);
                continue;
            }
            long day = today + Long.parseLong(n[3]);
            long cid = b.card(nid, 0, deck, 2, 2, day);
            due.put(n[0], created.plusDays(day).atTime(4, 0).toInstant(utc8));
            long first =
                    now.minus(Duration.ofDays(40)).plus(Duration.ofHours(i)).toEpochMilli();
            b.review(cid, first, 3, 6000, 0, 2500)
                    .review(cid, first + Duration.ofDays(1).toMillis(), 3, 5000, 1, 2500)
                    .review(cid, first + Duration.ofDays(8).toMillis(), 3, 4000, 1, 2500);
        }
        b.write(file);
        return due;
    }

    /**
     * A large deck: {@code notes} notes (Basic, Basic (and reversed card), Cloze with two deletions, Basic (type in
     * the answer), in turn) in 20 subdecks, about 1.5 cards a note, and {@code reviews} review-log rows.
     */
    public static void large(Path file, int notes, int reviews) throws IOException, SQLException {
        PackageBuilder b = PackageBuilder.latest();
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        NoteType reversed = b.noteType(StockNoteTypes.reversed(12, "Basic (and reversed card)"));
        NoteType typing = b.noteType(StockNoteTypes.typing(13, "Basic (type in the answer)"));
        NoteType cloze = b.noteType(StockNoteTypes.cloze(14, "Cloze", false));
        long[] decks = new long[20];
        for (int i = 0; i < decks.length; i++) {
            decks[i] = b.deck("Big deck::Chapter " + i);
        }
        Random random = new Random(42);
        long[] cards = new long[notes * 2];
        int count = 0;
        for (int n = 0; n < notes; n++) {
            long deck = decks[n % decks.length];
            String front = "<div>Question <b>" + n + "</b> about 词语 " + random.nextInt(1000) + "</div>";
            switch (n % 4) {
                case 0 ->
                    cards[count++] = b.card(
                            b.note("g" + n, basic, "tag" + n % 7, front, "Answer " + n), 0, deck, 2, 2, 400 + n % 60);
                case 1 -> {
                    long nid = b.note("g" + n, reversed, "", front, "Back " + n);
                    cards[count++] = b.card(nid, 0, deck, 2, 2, 410 + n % 30);
                    cards[count++] = b.card(nid, 1, deck, 2, 2, 415 + n % 30);
                }
                case 2 -> {
                    long nid = b.note("g" + n, cloze, "", "The {{c1::cloze " + n + "}} and {{c2::second}}", "extra");
                    cards[count++] = b.card(nid, 0, deck, 2, 2, 420);
                    cards[count++] = b.card(nid, 1, deck, 2, -1, 430);
                }
                default ->
                    cards[count++] = b.card(b.note("g" + n, typing, "", front, "answer" + n), 0, deck, 2, 2, 440);
            }
        }
        long at = 1_700_000_000_000L;
        for (int r = 0; r < reviews; r++) {
            long cid = cards[r % count];
            at += 1000 + random.nextInt(60_000);
            b.review(cid, at, 1 + random.nextInt(4), 2000 + random.nextInt(20_000), r < count ? 0 : 1, 2500);
        }
        b.write(file);
    }
}
