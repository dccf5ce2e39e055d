package org.quiztrainer.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.QuestionType;

/** The pure parts of the class view: the most forgotten items and the CSV export. */
class ClassMatrixTest {

    static final LocalizedText TEXT = new LocalizedText("题", "q");

    static QuestionSummary q(String id) {
        return new QuestionSummary(id, "t", QuestionType.FLASHCARD, TEXT, 1);
    }

    @Test
    void theMostForgottenItemsComeFirstThenTheLeastRecalled() {
        // per question: learners with a card, summed recall, summed reviews, summed lapses
        Map<String, double[]> byQuestion = Map.of(
                "a", new double[] {2, 1.6, 10, 1}, // lapse rate 0.1, mean recall 0.8
                "b", new double[] {2, 1.0, 10, 4}, // 0.4, 0.5
                "c", new double[] {4, 2.0, 20, 2}, // 0.1, 0.5: ties with a on lapses, less recalled
                "d", new double[] {1, 0.0, 0, 0}); // never answered: not listed
        List<ItemForgetting> items = ClassMatrix.items(
                List.of(q("a"), q("b"), q("c"), q("d"), q("e")),
                byQuestion,
                Map.of("b", new ClassMatrix.Figures(0.35, 0.12)));
        assertThat(items).extracting(ItemForgetting::questionId).containsExactly("b", "c", "a");
        assertThat(items.get(0).lapseRate()).isEqualTo(0.4);
        assertThat(items.get(0).meanRecall()).isEqualTo(0.5);
        assertThat(items.get(0).facility()).isEqualTo(0.35);
        assertThat(items.get(1).facility()).isNull();
        assertThat(items.get(1).learners()).isEqualTo(4);
    }

    @Test
    void theCsvHasABomCrlfQuotedCellsAndNoFormulas() {
        TopicMastery topic = new TopicMastery("rnn", new LocalizedText("循环神经网络", "RNN"), 0, 10, 3, 0.5, 0.4);
        LearnerProgress wang = new LearnerProgress(
                1,
                "wang",
                "王, 小明",
                List.of(0.875),
                List.of(0.5),
                0.55,
                Instant.parse("2026-03-02T10:15:00Z"),
                12,
                true,
                false);
        LearnerProgress eve =
                new LearnerProgress(2, "eve", "=cmd()", List.of(0.0), List.of(0.0), Double.NaN, null, 0, false, true);
        String csv = MatrixCsv.write(
                new ClassProgress(7, List.of(topic), List.of(wang, eve), List.of()),
                key -> key.substring(key.lastIndexOf('.') + 1),
                t -> t.name().zh());
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.split("\r\n", -1))
                .containsExactly(
                        "\uFEFFname,username,循环神经网络 · now,循环神经网络 · week,assigned,last,answers,risk",
                        "\"王, 小明\",wang,87.50,50.00,55.00,2026-03-02 10:15,12,yes",
                        "'=cmd(),eve,0.00,0.00,,,0,yes",
                        "");
    }
}
