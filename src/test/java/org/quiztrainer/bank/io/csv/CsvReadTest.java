package org.quiztrainer.bank.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.IoFixtures;

/** A CSV as a person writes it in Excel: every type, answers by text or number, both languages or one. */
class CsvReadTest {

    private final ImportDocument doc = IoFixtures.read(new CsvFormat(), IoFixtures.resource("csv/excel.csv"));
    private final Map<String, ImportItem> items = IoFixtures.byIdentity(doc);

    @Test
    void readsEveryRowWithoutProblems() {
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items()).hasSize(20 - 3 + 1);
    }

    @Test
    void flashcardInBothLanguagesWithTopicAndTags() {
        ImportItem q = items.get("card-1");
        assertThat(q.text()).isEqualTo(new LocalizedText("什么是注意力？", "What is attention?"));
        assertThat(q.content())
                .isEqualTo(new QuestionContent.Flashcard(new LocalizedText("按相关性加权", "Weighting by relevance")));
        assertThat(q.topicPath()).containsExactly("LLM basics", "Transformer");
        assertThat(q.tags()).containsExactly("transformer", "attention");
        assertThat(q.where().line()).isEqualTo(2);
    }

    @Test
    void theAnswerOfAChoiceIsItsNumberOrItsText() {
        QuestionContent.SingleChoice byNumber =
                (QuestionContent.SingleChoice) items.get("sc-1").content();
        assertThat(byNumber.choices())
                .extracting(QuestionContent.Choice::correct)
                .containsExactly(false, true, false);
        assertThat(items.get("sc-1").explanation()).isEqualTo(LocalizedText.enOnly("GPT-3 was released in 2020."));
        QuestionContent.SingleChoice byText =
                (QuestionContent.SingleChoice) items.get("sc-2").content();
        assertThat(byText.choices()).extracting(c -> c.text().zh()).containsExactly("循环", "自注意力", "卷积");
        assertThat(byText.choices()).extracting(QuestionContent.Choice::correct).containsExactly(false, true, false);
        QuestionContent.MultipleChoice multiple =
                (QuestionContent.MultipleChoice) items.get("mc-1").content();
        assertThat(multiple.choices())
                .extracting(QuestionContent.Choice::correct)
                .containsExactly(true, false, true);
    }

    @Test
    void trueFalseShortAnswerAndNumbers() {
        assertThat(items.get("tf-1").content()).isEqualTo(new QuestionContent.TrueFalse(true));
        assertThat(items.get("tf-2").content()).isEqualTo(new QuestionContent.TrueFalse(false));
        assertThat(items.get("sa-1").content())
                .isEqualTo(new QuestionContent.ShortAnswer(List.of(), List.of("OpenAI", "Open AI")));
        assertThat(items.get("sa-2").content())
                .isEqualTo(new QuestionContent.ShortAnswer(List.of("开放人工智能"), List.of("OpenAI", "Open AI")));
        assertThat(items.get("num-1").content())
                .isEqualTo(new QuestionContent.Numeric(new BigDecimal("175"), new BigDecimal("5"), "params"));
        QuestionContent.Numeric range =
                (QuestionContent.Numeric) items.get("num-2").content();
        assertThat(range.answer()).isEqualByComparingTo("3");
        assertThat(range.tolerance()).isEqualByComparingTo("2");
    }

    @Test
    void orderingMatchingAndClozeOnePerDeletion() {
        assertThat(((QuestionContent.Ordering) items.get("ord-1").content()).items())
                .extracting(LocalizedText::en)
                .containsExactly("Embed", "Encode", "Decode");
        assertThat(((QuestionContent.Matching) items.get("match-1").content()).pairs())
                .extracting(p -> p.left().en() + ">" + p.right().en())
                .containsExactly("GPT-4>OpenAI", "Gemini>Google");
        assertThat(items.get("cloze-1.c1").content()).isEqualTo(new QuestionContent.Cloze(1, true));
        assertThat(items.get("cloze-1.c2").content()).isEqualTo(new QuestionContent.Cloze(2, true));
        assertThat(items.get("cloze-2").content()).isEqualTo(new QuestionContent.Cloze(1, false));
    }

    @Test
    void quotedCellsMayHoldLineBreaksCommasAndQuotes() {
        ImportItem q = items.get("multi-line");
        assertThat(q.text().en()).isEqualTo("A question\non two lines");
        assertThat(q.content())
                .isEqualTo(new QuestionContent.Flashcard(LocalizedText.enOnly("A back, with a \"quote\"")));
        assertThat(q.where().line()).isEqualTo(16);
    }

    @Test
    void aRowWithoutIdHasNoIdentityAndBlankRowsAreSkipped() {
        assertThat(doc.items()).anySatisfy(i -> {
            assertThat(i.identity()).isEmpty();
            assertThat(i.text().en()).startsWith("No id");
        });
    }

    @Test
    void theFormulaGuardIsTakenOff() {
        ImportItem q = items.get("formula");
        assertThat(q.text().en()).isEqualTo("=1+1");
        assertThat(q.content()).isEqualTo(new QuestionContent.Flashcard(LocalizedText.enOnly("-not a number")));
    }

    @Test
    void excelsUnicodeTextIsUtf16AndTabSeparated(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String text = "\uFEFFid\ttype\ttext_zh\tanswer\r\nq1\tflashcard\t注意力\t加权\r\n";

        ImportDocument utf16 = IoFixtures.read(
                new CsvFormat(),
                IoFixtures.bytes(dir, "unicode.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));

        assertThat(utf16.problems()).isEmpty();
        assertThat(utf16.items())
                .singleElement()
                .satisfies(i ->
                        assertThat(i.content()).isEqualTo(new QuestionContent.Flashcard(LocalizedText.zhOnly("加权"))));
    }

    @Test
    void semicolonSeparatedAsExcelWritesItInSomeLocales() {
        ImportDocument semi = IoFixtures.read(new CsvFormat(), IoFixtures.resource("csv/semicolon.csv"));
        assertThat(semi.problems()).isEmpty();
        assertThat(semi.items()).singleElement().satisfies(i -> {
            assertThat(i.text().en()).isEqualTo("Semicolons, as Excel writes them in some locales");
            assertThat(i.content()).isEqualTo(new QuestionContent.TrueFalse(true));
        });
    }
}
