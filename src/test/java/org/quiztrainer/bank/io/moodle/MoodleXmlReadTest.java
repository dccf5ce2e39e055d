package org.quiztrainer.bank.io.moodle;

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

/** Every question type of {@code constructs.xml}, read as Moodle's XML import reads it. */
class MoodleXmlReadTest {

    private static final String PATH = "LLM basics/Transformers//attention::";

    private final ImportDocument doc =
            IoFixtures.read(new MoodleXmlFormat(), IoFixtures.resource("moodle/constructs.xml"));
    private final Map<String, ImportItem> items = IoFixtures.byIdentity(doc);

    @Test
    void readsWhatMapsAndSkipsTheRestWithReasons() {
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items()).hasSize(14);
        assertThat(keys(doc.skipped()))
                .containsExactly(
                        "import.skip.moodle.description",
                        "import.skip.moodle.calculated",
                        "import.skip.moodle.random",
                        "import.skip.moodle.image-based");
    }

    @Test
    void categoryAndNameMakeTheIdentityAndAnIdnumberWins() {
        ImportItem q = items.get(PATH + "Attention single");
        assertThat(q.topicPath()).containsExactly("LLM basics", "Transformers/attention");
        assertThat(q.tags()).containsExactly("attention", "architecture");
        assertThat(q.where().line()).isEqualTo(14);
        assertThat(items).containsKey("rnn-weak");
    }

    @Test
    void htmlIsKeptAndTheEmbeddedImageBecomesMedia() {
        ImportItem q = items.get(PATH + "Attention single");
        assertThat(q.html()).isTrue();
        assertThat(q.text().en()).contains("<img src=\"diagram_one.png\" alt=\"diagram\">");
        assertThat(doc.media()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("diagram_one.png");
            assertThat(m.bytes()).startsWith(0x89, 'P', 'N', 'G');
        });
        QuestionContent.SingleChoice c = (QuestionContent.SingleChoice) q.content();
        assertThat(c.choices())
                .extracting(ch -> ch.text().en())
                .containsExactly("<p>Self-attention</p>", "<p>Multi-head attention</p>", "<p>Recurrence</p>");
        assertThat(c.choices()).extracting(QuestionContent.Choice::correct).containsExactly(true, false, false);
        assertThat(q.explanation().en())
                .isEqualTo("<p>Self-attention replaces recurrence.</p><br><p>Self-attention</p>: <p>Right.</p>");
        assertThat(keys(doc.notes())).contains("import.note.moodle.partial-credit");
    }

    @Test
    void multipleAnswersTrueFalseShortAnswerNumerical() {
        QuestionContent.MultipleChoice mc =
                (QuestionContent.MultipleChoice) items.get("rnn-weak").content();
        assertThat(mc.choices()).extracting(QuestionContent.Choice::correct).containsExactly(true, true, false);
        assertThat(items.get("rnn-weak").html()).isFalse();
        ImportItem tf = items.get(PATH + "Parallel");
        assertThat(tf.content()).isEqualTo(new QuestionContent.TrueFalse(true));
        assertThat(tf.explanation().en()).isEqualTo("True: Yes.\nFalse: No: they do.");
        assertThat(items.get(PATH + "Maker").content())
                .isEqualTo(new QuestionContent.ShortAnswer(List.of(), List.of("OpenAI", "Open AI")));
        assertThat(items.get(PATH + "GPT-3 size").content())
                .isEqualTo(new QuestionContent.Numeric(new BigDecimal("175"), new BigDecimal("5"), null));
        assertThat(keys(doc.notes()))
                .contains(
                        "import.note.moodle.wildcard",
                        "import.note.moodle.other-numbers",
                        "import.note.moodle.unit-dropped");
    }

    @Test
    void matchingOrderingAndEssay() {
        QuestionContent.Matching m =
                (QuestionContent.Matching) items.get(PATH + "Makers").content();
        assertThat(m.pairs())
                .extracting(p -> p.left().en() + ">" + p.right().en())
                .containsExactly("GPT-4>OpenAI", "Gemini>Google");
        QuestionContent.Ordering o =
                (QuestionContent.Ordering) items.get(PATH + "Steps").content();
        assertThat(o.items()).extracting(LocalizedText::en).containsExactly("Embed", "Encode", "Decode");
        ImportItem essay = items.get(PATH + "Explain attention");
        assertThat(essay.content())
                .isEqualTo(new QuestionContent.Flashcard(
                        LocalizedText.enOnly("Attention weighs every token by its relevance.")));
        assertThat(essay.explanation()).isEqualTo(LocalizedText.enOnly("See the article, section 3."));
    }

    @Test
    void clozeGapsBecomeDeletionsAndASingleChoiceGapAChoice() {
        ImportItem typed = items.get(PATH + "Cloze typed");
        assertThat(typed.text().en()).isEqualTo("The {{c1::Transformer}} was introduced in {{c1::2017}}.");
        assertThat(typed.content()).isEqualTo(new QuestionContent.Cloze(1, true));
        ImportItem choice = items.get(PATH + "Cloze choice");
        assertThat(choice.text().en()).isEqualTo("GPT-3 was released by _____.");
        QuestionContent.SingleChoice c = (QuestionContent.SingleChoice) choice.content();
        assertThat(c.choices()).extracting(ch -> ch.text().en()).containsExactly("OpenAI", "Google", "Meta");
        assertThat(keys(doc.notes()))
                .contains("import.note.moodle.cloze-alternatives", "import.note.moodle.cloze-tolerance");
        assertThat(items.get(PATH + "Cloze mixed").text().en()).isEqualTo("{{c1::A}} and {{c1::C}}");
    }

    @Test
    void dragAndSelectGapsBecomeTypedDeletions() {
        assertThat(items.get(PATH + "Drag words").text().en())
                .isEqualTo("<p>The {{c1::cat}} sat on the {{c1::mat}}.</p>");
        assertThat(items.get(PATH + "Select words").text().en()).isEqualTo("<p>Attention is all you {{c1::need}}.</p>");
        assertThat(keys(doc.notes())).contains("import.note.moodle.gaps-typed");
    }

    @Test
    void aLaterCategoryAndChineseText() {
        ImportItem q = items.get("中文::中文单选");
        assertThat(q.topicPath()).containsExactly("中文");
        assertThat(q.text()).isEqualTo(LocalizedText.zhOnly("Transformer 的核心机制是什么？"));
        assertThat(q.html()).isFalse();
    }
}
