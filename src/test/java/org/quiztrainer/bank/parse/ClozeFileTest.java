package org.quiztrainer.bank.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.BankLoadResult;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;

/** Cloze notes in bank files: one card per deletion number, revealed or typed; a bad note is reported. */
public class ClozeFileTest {

    public static final String NOTE = """
            @question basics.rlhf
            type: cloze
            topic: basics
            tags: rlhf
            source: InstructGPT
            text.zh: RLHF 先做{{c1::有监督微调}}，再训练{{c2::奖励模型::模型}}，最后用 {{c3::PPO}} 优化。
            text.en: RLHF first does {{c1::supervised fine-tuning}}, then trains a {{c2::reward model::model}}, and optimises with {{c3::PPO}}.
            explain.zh: 这是 InstructGPT 的三步。
            explain.en: These are InstructGPT's three steps.
            """;

    @TempDir
    Path dir;

    @Test
    void aNoteIsOneCardPerDeletionNumberRevealedByDefault() throws IOException {
        BankLoadResult result = read(NOTE);

        assertThat(result.problems()).isEmpty();
        List<Question> cards = cards(result);
        assertThat(cards)
                .extracting(Question::id)
                .containsExactly("basics.rlhf.c1", "basics.rlhf.c2", "basics.rlhf.c3");
        assertThat(cards)
                .extracting(Question::content)
                .containsExactly(
                        new QuestionContent.Cloze(1, false),
                        new QuestionContent.Cloze(2, false),
                        new QuestionContent.Cloze(3, false));
        Question second = cards.get(1);
        assertThat(second.tags()).containsExactly("rlhf");
        assertThat(ClozeText.front(second.text().zh(), 2)).contains("有监督微调").doesNotContain("奖励模型");
        assertThat(ClozeText.answers(second.text().en(), 2)).containsExactly("reward model");
    }

    @Test
    void typedYesMakesEveryCardTyped() throws IOException {
        BankLoadResult result = read(NOTE + "typed: yes\n");

        assertThat(cards(result))
                .extracting(Question::content)
                .allSatisfy(c -> assertThat(((QuestionContent.Cloze) c).typed()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            no deletion;         RLHF 有三步。;                      RLHF has {{c1::three}} steps.;    no deletion in text.zh
            numbers differ;      先{{c1::微调}}再{{c2::训练}};        first {{c1::fine-tune}};          the cloze deletions differ between text.zh [1, 2] and text.en [1]
            empty answer;        先{{c1::  }};                       first {{c1::fine-tune}};          the deletion c1 in text.zh has no answer
            """)
    void aBadNoteIsReportedWithItsLineAndNothingIsRead(String name, String zh, String en, String reason)
            throws IOException {
        BankLoadResult result = read(
                NOTE.replaceFirst("text\\.zh: .*", "text.zh: " + zh).replaceFirst("text\\.en: .*", "text.en: " + en));

        assertThat(result.bank()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("concepts/cloze.txt");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains(reason);
        });
    }

    @Test
    void typedMustBeYesOrNoAndACardIdMayNotBeAnotherQuestionsId() throws IOException {
        assertThat(read(NOTE + "typed: maybe\n").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("typed is 'yes' or 'no'"));
        String twin = NOTE + "\n"
                + NOTE.replace("@question basics.rlhf", "@question basics.rlhf.c2")
                        .replace("type: cloze", "type: true_false\nanswer: true")
                        .replaceAll("\\{\\{c\\d::([^:}]*)(::[^}]*)?}}", "$1");
        assertThat(read(twin).problems())
                .anySatisfy(p -> assertThat(p.reason()).contains("duplicate id 'basics.rlhf.c2'"));
    }

    private BankLoadResult read(String note) throws IOException {
        Path root = BankFixtures.goodWith(null, dir.resolve("bank" + System.nanoTime()));
        Files.writeString(root.resolve("concepts/cloze.txt"), note);
        return BankReader.read(root);
    }

    private static List<Question> cards(BankLoadResult result) {
        return result.bank().orElseThrow().questions().stream()
                .filter(q -> q.content() instanceof QuestionContent.Cloze)
                .toList();
    }
}
