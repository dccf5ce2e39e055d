package org.quiztrainer.bank.io.quizlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quiztrainer.bank.io.IoFixtures.keys;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportOptions.QuizletOptions;
import org.quiztrainer.bank.io.IoFixtures;
import org.quiztrainer.bank.io.Samples;

/** Quizlet's text export with each pair of separators, both directions, the writer and bad input. */
class QuizletTest {

    @TempDir
    Path dir;

    private final QuizletFormat quizlet = new QuizletFormat();

    private static ImportOptions options(String term, String card, boolean both) {
        return new ImportOptions(
                Optional.empty(),
                ImportOptions.TextLanguage.DETECT,
                new QuizletOptions(term, card, both),
                ImportLimits.DEFAULTS);
    }

    @Test
    void tabAndNewlineAreTheDefault() {
        ImportDocument doc = IoFixtures.read(quizlet, IoFixtures.resource("quizlet/tab-newline.txt"));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .extracting(ImportItem::identity)
                .containsExactly("attention", "transformer", "注意力", "GPT-3");
        assertThat(doc.items().get(0).content())
                .isEqualTo(new QuestionContent.Flashcard(LocalizedText.enOnly("weighting tokens by relevance")));
        assertThat(doc.items().get(1).text()).isEqualTo(LocalizedText.enOnly("transformer"));
        assertThat(doc.items().get(2).text()).isEqualTo(LocalizedText.zhOnly("注意力"));
        assertThat(doc.items().get(2).where().line()).isEqualTo(4);
        assertThat(doc.items().get(3).content())
                .isEqualTo(new QuestionContent.Flashcard(LocalizedText.enOnly("175 billion parameters\tdecoder only")));
    }

    @Test
    void commaAndSemicolonSplitOnTheFirstComma() {
        ImportDocument doc =
                IoFixtures.read(quizlet, IoFixtures.resource("quizlet/comma-semicolon.txt"), options(",", ";", false));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .extracting(i -> i.identity() + "="
                        + ((QuestionContent.Flashcard) i.content()).back().en())
                .containsExactly(
                        "attention=weighting, by relevance", "transformer=attention layers", "rnn=recurrent network");
        assertThat(doc.items().get(2).where().line()).isEqualTo(2);
    }

    @Test
    void customSeparatorsAndBothDirections() {
        ImportDocument doc = IoFixtures.read(
                quizlet, IoFixtures.text(dir, "custom.txt", "a :: b ##c :: d##"), options("::", "##", true));

        assertThat(doc.items())
                .extracting(ImportItem::identity)
                .containsExactly("a", "a (reverse)", "c", "c (reverse)");
        assertThat(doc.items().get(1).text()).isEqualTo(LocalizedText.enOnly("b"));
        assertThat(doc.items().get(1).content()).isEqualTo(new QuestionContent.Flashcard(LocalizedText.enOnly("a")));
    }

    @Test
    void wrongSeparatorsAreReportedOnTheLine() {
        ImportDocument doc = IoFixtures.read(quizlet, IoFixtures.text(dir, "wrong.txt", "a - b\nc\t\n"));

        assertThat(keys(doc.problems()))
                .containsExactly("import.problem.quizlet.no-separator", "import.problem.quizlet.empty-side");
        assertThat(doc.problems().get(0).english()).contains("tab");
        assertThat(doc.problems()).extracting(p -> p.where().line()).containsExactly(1, 2);
    }

    @Test
    void aCardPastTheLimitIsRefused() {
        ImportLimits d = ImportLimits.DEFAULTS;
        ImportLimits small = new ImportLimits(
                d.maxFileBytes(),
                d.maxEntries(),
                d.maxExpandedBytes(),
                d.maxRatio(),
                d.maxItems(),
                50,
                d.maxXmlDepth(),
                d.maxMediaBytes(),
                d.maxHistoryRows());

        assertThatThrownBy(() -> quizlet.read(
                        IoFixtures.text(dir, "long.txt", "a\t" + "b".repeat(100)), IoFixtures.limits(small)))
                .isInstanceOfSatisfying(
                        ImportLimitException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.problem.quizlet.card-too-long"));
    }

    @Test
    void flashcardsComeBackAndOtherTypesAreWrittenAsCardsWithANote() {
        List<Question> questions = Samples.english();

        IoFixtures.Written written = IoFixtures.write(quizlet, Samples.request(questions, Locale.ENGLISH));
        ImportDocument doc = IoFixtures.read(quizlet, IoFixtures.bytes(dir, "set.txt", written.bytes()));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items()).hasSameSizeAs(questions);
        ImportItem card = doc.items().get(1);
        assertThat(card.text()).isEqualTo(questions.get(1).text());
        assertThat(card.content()).isEqualTo(questions.get(1).content());
        assertThat(((QuestionContent.Flashcard) doc.items().get(0).content())
                        .back()
                        .en())
                .isEqualTo("Weights; tokens, by relevance / second line");
        assertThat(written.report().notes())
                .extracting(n -> n.identity() + " " + n.key())
                .contains(
                        "flashcard export.note.quizlet.line-breaks",
                        "flashcard export.note.quizlet.explanation-dropped",
                        "single export.note.quizlet.as-flashcard",
                        "cloze export.note.quizlet.as-flashcard");
        assertThat(doc.items()).allSatisfy(i -> assertThat(i.content()).isInstanceOf(QuestionContent.Flashcard.class));
        assertThat(written.text().lines())
                .allMatch(l -> l.chars().filter(c -> c == '\t').count() == 1);
    }
}
