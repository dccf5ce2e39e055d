package org.quiztrainer.bank.io.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.bank.io.IoFixtures.keys;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.IoFixtures;

/** Every GIFT construct of {@code constructs.gift}, read as Moodle reads it. */
class GiftReadTest {

    private final ImportDocument doc = IoFixtures.read(new GiftFormat(), IoFixtures.resource("gift/constructs.gift"));
    private final Map<String, ImportItem> items = IoFixtures.byIdentity(doc);

    @Test
    void readsEveryQuestionButTheDescriptionWithoutProblems() {
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items()).hasSize(15);
        assertThat(keys(doc.skipped())).containsExactly("import.skip.gift.description");
        assertThat(doc.skipped().get(0).where().line()).isEqualTo(54);
    }

    @Test
    void singleChoiceWithFeedbackAndCategoryAndTags() {
        ImportItem q = items.get("attention-single");
        assertThat(q.topicPath()).containsExactly("LLM basics", "Transformer");
        assertThat(q.tags()).containsExactly("architecture", "attention");
        assertThat(q.where().line()).isEqualTo(7);
        assertThat(q.text().en())
                .isEqualTo("Which part of the Transformer lets every token look at every other token?");
        QuestionContent.SingleChoice c = (QuestionContent.SingleChoice) q.content();
        assertThat(c.choices())
                .extracting(ch -> ch.text().en())
                .containsExactly("Self-attention", "Recurrence", "Convolution");
        assertThat(c.choices()).extracting(QuestionContent.Choice::correct).containsExactly(true, false, false);
        assertThat(q.explanation().en())
                .isEqualTo("Self-attention replaces recurrence.\n"
                        + "Self-attention: Right: each position attends to all positions.\n"
                        + "Recurrence: Transformers have no recurrence.");
        assertThat(q.html()).isFalse();
    }

    @Test
    void weightsWithoutAnEqualsSignMakeAMultipleAnswerQuestion() {
        QuestionContent.MultipleChoice c =
                (QuestionContent.MultipleChoice) items.get("rnn-multi").content();
        assertThat(c.choices()).extracting(QuestionContent.Choice::correct).containsExactly(true, true, false);
    }

    @Test
    void trueFalseWithBothFeedbacksAndGeneralFeedback() {
        ImportItem q = items.get("tf-true");
        assertThat(q.content()).isEqualTo(new QuestionContent.TrueFalse(true));
        assertThat(q.explanation().en())
                .isEqualTo("Parallelism is why they train fast.\nTrue: Yes.\nFalse: No: they do.");
        assertThat(items.get("tf-false").content()).isEqualTo(new QuestionContent.TrueFalse(false));
    }

    @Test
    void shortAnswerAcceptsEveryFullMarkAnswer() {
        assertThat(items.get("short").content())
                .isEqualTo(new QuestionContent.ShortAnswer(List.of(), List.of("OpenAI", "Open AI")));
    }

    @Test
    void numericalWithToleranceRangeAndSeveralAnswers() {
        assertThat(items.get("numeric-tolerance").content())
                .isEqualTo(new QuestionContent.Numeric(new BigDecimal("175"), new BigDecimal("5"), null));
        QuestionContent.Numeric range =
                (QuestionContent.Numeric) items.get("numeric-range").content();
        assertThat(range.answer()).isEqualByComparingTo("3");
        assertThat(range.tolerance()).isEqualByComparingTo("2");
        QuestionContent.Numeric several =
                (QuestionContent.Numeric) items.get("numeric-several").content();
        assertThat(several.answer()).isEqualByComparingTo("2017");
        assertThat(several.tolerance()).isEqualByComparingTo("0");
        assertThat(doc.notes()).anySatisfy(n -> assertThat(n.key()).isEqualTo("import.note.gift.other-numbers"));
        assertThat(items.get("numeric-several").explanation().en())
                .contains("2017: Exactly.", "*: Read the paper again.");
    }

    @Test
    void matchingLeavesTheDistractorOutWithANote() {
        QuestionContent.Matching m =
                (QuestionContent.Matching) items.get("matching").content();
        assertThat(m.pairs())
                .extracting(p -> p.left().en() + "=" + p.right().en())
                .containsExactly("GPT-4=OpenAI", "Gemini=Google", "Claude=Anthropic");
        assertThat(keys(doc.notes())).contains("import.note.gift.distractors");
    }

    @Test
    void missingWordGetsABlank() {
        ImportItem q = items.get("missing-word");
        assertThat(q.text().en()).isEqualTo("The Transformer was introduced in _____ by Vaswani et al.");
        assertThat(q.content()).isInstanceOf(QuestionContent.SingleChoice.class);
    }

    @Test
    void essayBecomesAFlashcardWithTheGeneralFeedbackAsBack() {
        ImportItem q = items.get("essay");
        assertThat(q.content())
                .isEqualTo(new QuestionContent.Flashcard(
                        LocalizedText.enOnly("Attention weighs every token by its relevance to the current one.")));
        assertThat(q.explanation()).isEqualTo(LocalizedText.EMPTY);
        assertThat(keys(doc.notes())).contains("import.note.gift.essay");
    }

    @Test
    void escapesAreRestored() {
        ImportItem q = items.get("escapes");
        assertThat(q.text().en())
                .isEqualTo("Escapes: a colon, # hash, = equals, {braces}, ~ tilde, a backslash \\ and a\nline break.");
        assertThat(q.content()).isEqualTo(new QuestionContent.ShortAnswer(List.of(), List.of("yes: it works")));
    }

    @Test
    void anHtmlQuestionKeepsItsHtmlAndEscapesItsPlainParts() {
        ImportItem q = items.get("formats");
        assertThat(q.html()).isTrue();
        assertThat(q.text().en()).isEqualTo("<p>Which is <b>bold</b>?");
        QuestionContent.SingleChoice c = (QuestionContent.SingleChoice) q.content();
        assertThat(c.choices()).extracting(ch -> ch.text().en()).containsExactly("&lt;b&gt; as text", "**stars**");
    }

    @Test
    void anUnnamedQuestionIsNamedByItsTextAsMoodleDoes() {
        assertThat(items).containsKey("Who wrote \"Attention Is All You Need\"?");
    }

    @Test
    void theLanguageTheUserNamesWinsOverDetection() {
        ImportDocument zh = IoFixtures.read(
                new GiftFormat(),
                IoFixtures.resource("gift/constructs.gift"),
                new org.quiztrainer.bank.io.ImportOptions(
                        java.util.Optional.empty(),
                        org.quiztrainer.bank.io.ImportOptions.TextLanguage.ZH,
                        org.quiztrainer.bank.io.ImportOptions.QuizletOptions.DEFAULTS,
                        org.quiztrainer.bank.io.ImportLimits.DEFAULTS));

        assertThat(zh.items()).allSatisfy(i -> {
            assertThat(i.text().en()).isEmpty();
            assertThat(i.text().zh()).isNotEmpty();
        });
    }

    @Test
    void chineseTextIsDetectedAndTheCategoryChanges() {
        ImportItem q = items.get("zh-single");
        assertThat(q.topicPath()).containsExactly("中文", "注意力");
        assertThat(q.text().zh()).isEqualTo("Transformer 的核心机制是什么？");
        assertThat(q.text().en()).isEmpty();
        QuestionContent.SingleChoice c = (QuestionContent.SingleChoice) q.content();
        assertThat(c.choices()).extracting(ch -> ch.text().zh()).containsExactly("自注意力", "循环", "卷积");
    }
}
