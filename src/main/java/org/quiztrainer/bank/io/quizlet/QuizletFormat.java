package org.quiztrainer.bank.io.quizlet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportOptions.QuizletOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.Messages;
import org.quiztrainer.bank.io.support.TextInput;
import org.quiztrainer.bank.io.support.TextSide;

/**
 * Quizlet's text export: cards separated by a newline, a semicolon or a string the user names, each a term
 * and a definition separated by a tab, a comma or a string the user names (the first one in the card; the
 * definition may hold more). Each card becomes a flashcard (term on the front), and with
 * {@link QuizletOptions#bothDirections()} also the reverse one. Quizlet gives no ids: a card's identity is
 * its term ({@code term (reverse)} for the reverse card), so importing an edited set again updates the
 * cards whose term is unchanged.
 */
public final class QuizletFormat implements BankFormat {

    @Override
    public Format format() {
        return Format.QUIZLET;
    }

    /** Likely when most lines are a term and a definition separated by one tab; Quizlet has no marker. */
    @Override
    public int detect(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("#") || text.startsWith("<") || text.contains("::") || text.contains("$CATEGORY")) {
            return 0;
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(50).toList();
        if (lines.size() > 1) {
            lines = lines.subList(0, lines.size() - 1);
        }
        long tabbed = lines.stream()
                .filter(l -> l.indexOf('\t') > 0 && l.indexOf('\t') == l.lastIndexOf('\t'))
                .count();
        boolean txt = fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
        if (!lines.isEmpty() && tabbed * 10 >= lines.size() * 8L) {
            return txt ? 65 : 60;
        }
        return txt ? 15 : 0;
    }

    @Override
    public ImportDocument read(ImportSource source, ImportOptions options) throws IOException {
        QuizletOptions q = options.quizlet();
        DocumentBuilder doc = new DocumentBuilder(Format.QUIZLET, options.limits(), true);
        int line = 1;
        try (Reader in = TextInput.open(source, options.limits())) {
            CardReader cards =
                    new CardReader(in, q.cardSeparator(), options.limits().maxLineChars());
            for (CardReader.Card card = cards.next(); card != null; card = cards.next()) {
                line = card.line();
                if (!card.text().isBlank()) {
                    add(card, q, options, doc);
                }
            }
        } catch (CharacterCodingException e) {
            doc.problem(Messages.problem(Where.line(line), "import.problem.file.not-utf8"));
        }
        return doc.build();
    }

    private static void add(CardReader.Card card, QuizletOptions q, ImportOptions options, DocumentBuilder doc)
            throws IOException {
        String text = card.text();
        Where where = Where.line(card.line() + leadingLines(card.text()));
        int at = text.indexOf(q.termSeparator());
        if (at < 0) {
            doc.problem(
                    Messages.problem(where, "import.problem.quizlet.no-separator", separatorName(q.termSeparator())));
            return;
        }
        String term = text.substring(0, at).strip();
        String definition = text.substring(at + q.termSeparator().length()).strip();
        if (term.isEmpty() || definition.isEmpty()) {
            doc.problem(Messages.problem(where, "import.problem.quizlet.empty-side"));
            return;
        }
        TextSide side = TextSide.of(options.language(), List.of(term, definition));
        doc.add(card(term, where, side.text(term), side.text(definition)));
        if (q.bothDirections()) {
            doc.add(card(term + " (reverse)", where, side.text(definition), side.text(term)));
        }
    }

    private static ImportItem card(String identity, Where where, LocalizedText front, LocalizedText back) {
        return new ImportItem(
                identity,
                where,
                List.of(),
                List.of(),
                front,
                LocalizedText.EMPTY,
                new QuestionContent.Flashcard(back),
                false);
    }

    private static int leadingLines(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length() && Character.isWhitespace(raw.charAt(i)); i++) {
            if (raw.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String separatorName(String s) {
        return switch (s) {
            case "\t" -> "tab";
            case "\n" -> "newline";
            default -> "“" + s + "”";
        };
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        export(request, out);
    }

    @Override
    public ExportReport export(ExportRequest request, OutputStream out) throws IOException {
        return new QuizletWriter(request).write(out);
    }
}
