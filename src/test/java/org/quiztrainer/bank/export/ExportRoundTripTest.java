package org.quiztrainer.bank.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.parse.BankFixtures;
import org.quiztrainer.bank.parse.BankReader;

/** Each export, parsed back, gives every question with its text, answers and explanation. */
class ExportRoundTripTest {

    private final QuestionBank bank =
            BankReader.read(BankFixtures.resource("good")).bank().orElseThrow();
    private final List<Question> questions = withTrickyCharacters(bank.questions());

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void giftParsesBackToTheSameQuestions(String language) {
        Locale locale = Locale.forLanguageTag(language);

        List<GiftReader.GiftQuestion> parsed = GiftReader.read(GiftWriter.write(questions, locale));

        assertThat(parsed).hasSameSizeAs(questions);
        Map<String, GiftReader.GiftQuestion> byTitle =
                parsed.stream().collect(Collectors.toMap(GiftReader.GiftQuestion::title, Function.identity()));
        for (Question q : questions) {
            GiftReader.GiftQuestion g = byTitle.get(q.id());
            assertThat(g.category()).isEqualTo("quiztrainer/" + q.topicId());
            assertThat(g.text()).isEqualTo(q.text().in(locale));
            assertThat(g.feedback()).as(q.id()).endsWith(q.explanation().in(locale));
            assertThat(giftAnswers(g)).as(q.id()).isEqualTo(expected(q, locale));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void ankiTextParsesBackWithItsHeaders(String language) {
        Locale locale = Locale.forLanguageTag(language);

        AnkiReader.AnkiFile file = AnkiReader.read(AnkiWriter.write(questions, bank.topics(), locale));

        assertThat(file.headers())
                .containsEntry("separator", "tab")
                .containsEntry("html", "false")
                .containsEntry("guid column", "1")
                .containsEntry("notetype column", "2")
                .containsEntry("deck column", "3");
        assertThat(file.rows()).hasSameSizeAs(questions);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            List<String> row = file.rows().get(i);
            assertThat(row).hasSize(7);
            assertThat(row.get(0)).isEqualTo(q.id());
            assertThat(row.get(2)).startsWith(AnkiWriter.DECK + "::");
            assertThat(row.get(3)).startsWith(q.text().in(locale));
            assertThat(row.get(6).isEmpty() ? List.of() : List.of(row.get(6).split(" ")))
                    .containsExactlyElementsOf(q.tags());
        }
    }

    private static List<String> giftAnswers(GiftReader.GiftQuestion g) {
        if (g.answers().isEmpty()) {
            return List.of(g.body());
        }
        return g.answers().stream()
                .map(a -> (a.right() ? "=" : "~")
                        + (a.weight() == null ? "" : a.weight() + "%")
                        + a.text()
                        + (a.match() == null ? "" : " -> " + a.match()))
                .toList();
    }

    /** What the GIFT answers must say, written from the question itself. */
    private static List<String> expected(Question q, Locale locale) {
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.SingleChoice s) {
            return s.choices().stream()
                    .map(x -> (x.correct() ? "=" : "~") + x.text().in(locale))
                    .toList();
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            long k =
                    m.choices().stream().filter(QuestionContent.Choice::correct).count();
            assertThat(k).isEqualTo(2);
            return m.choices().stream()
                    .map(x ->
                            "~" + (x.correct() ? "50" : "-100") + "%" + x.text().in(locale))
                    .toList();
        } else if (c instanceof QuestionContent.TrueFalse t) {
            return List.of(t.answer() ? "TRUE" : "FALSE");
        } else if (c instanceof QuestionContent.ShortAnswer a) {
            return ("zh".equals(locale.getLanguage()) ? a.acceptZh() : a.acceptEn())
                    .stream().map(x -> "=" + x).toList();
        } else if (c instanceof QuestionContent.Numeric n) {
            return List.of(
                    "#" + n.answer().toPlainString() + ":" + n.tolerance().toPlainString());
        } else if (c instanceof QuestionContent.Matching m) {
            return m.pairs().stream()
                    .map(p -> "=" + p.left().in(locale) + " -> " + p.right().in(locale))
                    .toList();
        } else if (c instanceof QuestionContent.Ordering o) {
            return IntStream.range(0, o.items().size())
                    .mapToObj(i -> "=" + o.items().get(i).in(locale) + " -> " + (i + 1))
                    .toList();
        }
        return List.of("");
    }

    /** The bank plus a question whose text and choices use every character GIFT and TSV treat specially. */
    private static List<Question> withTrickyCharacters(List<Question> questions) {
        List<Question> out = new ArrayList<>(questions);
        Question tf = questions.stream()
                .filter(q -> q.id().equals("basics.single"))
                .findFirst()
                .orElseThrow();
        var tricky =
                new org.quiztrainer.bank.LocalizedText("问{题}:a=b~c#d\\e\t\"引号\"", "Q{x}: a=b ~c #d \\e\t\"quoted\"");
        var choices = List.of(
                new QuestionContent.Choice(tricky, true),
                new QuestionContent.Choice(new org.quiztrainer.bank.LocalizedText("否 -> 是", "no -> yes"), false));
        out.add(new Question(
                "basics.tricky",
                tf.topicId(),
                List.of("odd"),
                tf.source(),
                tricky,
                new org.quiztrainer.bank.LocalizedText("解释\n第二行", "explained\nover two lines"),
                new QuestionContent.SingleChoice(choices),
                tf.origin()));
        return out;
    }
}
