package org.quiztrainer.bank.io.anki;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;

/**
 * Times reading a large Anki package: 20,000 notes (Basic, Basic (and reversed card), Cloze with two deletions,
 * Basic (type in the answer)), about 30,000 cards and 200,000 review-log rows, in a current (anki21b) and a legacy
 * package. Run with {@code bash scripts/benchmark org.quiztrainer.bank.io.anki.AnkiPackageBenchmark}.
 */
public final class AnkiPackageBenchmark {

    private static final int NOTES = 20_000;
    private static final int REVIEWS = 200_000;

    private AnkiPackageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("anki-benchmark");
        System.out.printf(
                "%-8s %8s %8s %9s %10s %10s %10s%n",
                "package", "MiB", "notes", "revlog", "write ms", "read ms", "best ms");
        for (boolean latest : new boolean[] {true, false}) {
            Path file = dir.resolve(latest ? "latest.apkg" : "legacy.apkg");
            long t0 = System.nanoTime();
            build(latest).write(file);
            long write = (System.nanoTime() - t0) / 1_000_000;
            long first = 0;
            long best = Long.MAX_VALUE;
            ImportDocument doc = null;
            for (int run = 0; run < 4; run++) {
                long t = System.nanoTime();
                doc = new ApkgFormat()
                        .read(new ImportSource(file, file.getFileName().toString()), ImportOptions.DEFAULTS);
                long ms = (System.nanoTime() - t) / 1_000_000;
                first = run == 0 ? ms : first;
                best = Math.min(best, ms);
            }
            long rows =
                    doc.histories().stream().mapToLong(h -> h.reviews().size()).sum();
            System.out.printf(
                    "%-8s %8.1f %8d %9d %10d %10d %10d   (%d questions, %d histories, %d problems)%n",
                    latest ? "anki21b" : "legacy",
                    Files.size(file) / 1048576.0,
                    NOTES,
                    rows,
                    write,
                    first,
                    best,
                    doc.items().size(),
                    doc.histories().size(),
                    doc.problems().size());
            Files.delete(file);
        }
        Files.delete(dir);
    }

    private static PackageBuilder build(boolean latest) {
        PackageBuilder b = latest ? PackageBuilder.latest() : PackageBuilder.legacy();
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        NoteType reversed = b.noteType(StockNoteTypes.reversed(12, "Basic (and reversed card)"));
        NoteType typing = b.noteType(StockNoteTypes.typing(13, "Basic (type in the answer)"));
        NoteType cloze = b.noteType(StockNoteTypes.cloze(14, "Cloze", false));
        long[] decks = new long[20];
        for (int i = 0; i < decks.length; i++) {
            decks[i] = b.deck("Big deck::Chapter " + i);
        }
        Random random = new Random(42);
        long[] cards = new long[NOTES * 2];
        int cardCount = 0;
        for (int n = 0; n < NOTES; n++) {
            long deck = decks[n % decks.length];
            String front = "<div>Question <b>" + n + "</b> about 词语 " + random.nextInt(1000) + "</div>";
            switch (n % 4) {
                case 0 ->
                    cards[cardCount++] = b.card(
                            b.note("g" + n, basic, "tag" + n % 7, front, "Answer " + n), 0, deck, 2, 2, 400 + n % 60);
                case 1 -> {
                    long nid = b.note("g" + n, reversed, "", front, "Back " + n);
                    cards[cardCount++] = b.card(nid, 0, deck, 2, 2, 410 + n % 30);
                    cards[cardCount++] = b.card(nid, 1, deck, 1, 1, 1_700_500_000L + n);
                }
                case 2 -> {
                    long nid = b.note("g" + n, cloze, "", "The {{c1::cloze " + n + "}} and {{c2::second}}", "extra");
                    cards[cardCount++] = b.card(nid, 0, deck, 2, 2, 420);
                    cards[cardCount++] = b.card(nid, 1, deck, 2, -1, 430);
                }
                default ->
                    cards[cardCount++] = b.card(b.note("g" + n, typing, "", front, "answer" + n), 0, deck, 2, 2, 440);
            }
        }
        long at = 1_700_000_000_000L;
        for (int r = 0; r < REVIEWS; r++) {
            long cid = cards[r % cardCount];
            at += 1000 + random.nextInt(60_000);
            b.review(cid, at, 1 + random.nextInt(4), 2000 + random.nextInt(20_000), r < cardCount ? 0 : 1, 2500);
        }
        return b;
    }
}
