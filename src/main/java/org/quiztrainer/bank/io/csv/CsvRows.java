package org.quiztrainer.bank.io.csv;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.csv.CsvRow.Bad;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Turns a data row into questions: one, or for a cloze row without a number one per deletion number of its
 * text (identities {@code id.c1}, {@code id.c2}...). A row that cannot be read is a problem on its line
 * naming the column.
 */
final class CsvRows {

    private CsvRows() {}

    static void add(CsvRow row, DocumentBuilder doc) throws ImportLimitException {
        try {
            if (row.text.isEmpty()) {
                throw new Bad("import.problem.csv.no-text");
            }
            QuestionType type = row.questionType();
            boolean html = row.isHtml();
            if (type == QuestionType.CLOZE) {
                cloze(row, html, doc);
                return;
            }
            QuestionContent content = switch (type) {
                case FLASHCARD -> CsvContents.flashcard(row);
                case SINGLE_CHOICE -> CsvContents.choice(row, true);
                case MULTIPLE_CHOICE -> CsvContents.choice(row, false);
                case TRUE_FALSE -> CsvContents.trueFalse(row);
                case SHORT_ANSWER -> CsvContents.shortAnswer(row);
                case NUMERIC -> CsvContents.numeric(row);
                case ORDERING -> CsvContents.ordering(row);
                case MATCHING -> CsvContents.matching(row);
                case CLOZE -> throw new IllegalStateException("handled above");
            };
            doc.add(item(row, row.id, content, html));
        } catch (Bad e) {
            doc.problem(Messages.problem(row.where, e.key, e.args));
        } catch (IllegalArgumentException e) {
            doc.problem(Messages.problem(row.where, "import.problem.csv.invalid", e.getMessage()));
        }
    }

    private static void cloze(CsvRow row, boolean html, DocumentBuilder doc) throws Bad, ImportLimitException {
        CsvContents.ClozeAnswer answer = CsvContents.cloze(row);
        SortedSet<Integer> numbers = new TreeSet<>();
        if (row.text.hasZh()) {
            numbers.addAll(ClozeText.numbers(row.text.zh()));
        }
        if (row.text.hasEn()) {
            numbers.addAll(ClozeText.numbers(row.text.en()));
        }
        List<Integer> asked = answer.number().map(List::of).orElse(List.copyOf(numbers));
        if (asked.isEmpty()) {
            throw new Bad("import.problem.csv.no-deletion", 1);
        }
        for (int n : asked) {
            if (!ClozeText.asks(row.text, n)) {
                throw new Bad("import.problem.csv.no-deletion", n);
            }
        }
        for (int n : asked) {
            String identity = answer.number().isPresent() || row.id.isEmpty() ? row.id : row.id + ".c" + n;
            doc.add(item(row, identity, new QuestionContent.Cloze(n, answer.typed()), html));
        }
    }

    private static ImportItem item(CsvRow row, String identity, QuestionContent content, boolean html) {
        return new ImportItem(identity, row.where, row.topicPath, row.tags, row.text, row.explanation, content, html);
    }
}
