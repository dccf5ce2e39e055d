package org.quiztrainer.bank.io.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.IoFixtures;
import org.quiztrainer.bank.io.Samples;
import org.quiztrainer.bank.io.support.TextSide;

/**
 * GIFT written, then read: every type comes back the same, but for what GIFT cannot carry, each with a
 * note in the export report (a flashcard's explanation joins its back, a cloze card becomes a
 * missing-word short answer or, hiding several deletions, a flashcard).
 */
class GiftRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"en,false", "zh,false", "en,true", "zh,true"})
    void everyTypeComesBack(String language, boolean html) {
        Locale locale = Locale.forLanguageTag(language);
        List<Question> plain = language.equals("zh") ? Samples.chinese() : Samples.english();
        List<Question> questions = html ? Samples.html(plain) : plain;
        GiftFormat gift = new GiftFormat();

        IoFixtures.Written written = IoFixtures.write(gift, Samples.request(questions, locale, html));
        ImportDocument doc = IoFixtures.read(gift, IoFixtures.text(dir, "bank.gift", written.text()));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.skipped()).isEmpty();
        assertThat(written.report().written()).isEqualTo(questions.size());
        Map<String, ImportItem> items = IoFixtures.byIdentity(doc);
        TextSide side = language.equals("zh") ? TextSide.ZH : TextSide.EN;
        for (Question q : questions) {
            ImportItem item = items.get(q.id());
            assertThat(item).as(q.id()).isNotNull();
            assertThat(item.html()).isEqualTo(html);
            assertThat(item.tags()).isEqualTo(q.tags());
            assertThat(item.topicPath()).isEqualTo(Samples.path(q, locale));
            Question expected = expected(q, side, html);
            assertThat(item.text()).as(q.id()).isEqualTo(expected.text());
            assertThat(item.explanation()).as(q.id()).isEqualTo(expected.explanation());
            assertThat(item.content()).as(q.id()).isEqualTo(expected.content());
        }
        assertThat(written.report().notes())
                .extracting(n -> n.identity() + " " + n.key())
                .contains(
                        "flashcard export.note.gift.flashcard-as-essay",
                        "flashcard export.note.gift.explanation-after-back",
                        "ordering export.note.gift.ordering-as-matching",
                        "cloze export.note.gift.cloze-as-short-answer",
                        "cloze-many export.note.gift.cloze-as-essay");
    }

    /** What GIFT gives back for a question. */
    private static Question expected(Question q, TextSide side, boolean html) {
        String text = q.text().in(side == TextSide.ZH ? Locale.CHINESE : Locale.ENGLISH);
        String explain = q.explanation().isEmpty()
                ? ""
                : side == TextSide.ZH ? q.explanation().zh() : q.explanation().en();
        String gap = html ? "<br><br>" : "\n\n";
        QuestionContent content = q.content();
        LocalizedText explanation = q.explanation();
        if (content instanceof QuestionContent.Flashcard f && !explain.isEmpty()) {
            content = new QuestionContent.Flashcard(
                    side.text(f.back().in(Locale.ROOT).isEmpty() ? "" : back(f, side) + gap + explain));
            explanation = LocalizedText.EMPTY;
        } else if (content instanceof QuestionContent.Cloze c) {
            List<ClozeText.Segment> hidden = ClozeText.segments(text, c.number()).stream()
                    .filter(ClozeText.Segment::hidden)
                    .toList();
            if (hidden.size() == 1) {
                StringBuilder t = new StringBuilder();
                ClozeText.segments(text, c.number()).forEach(s -> t.append(s.hidden() ? "_____" : s.text()));
                return with(
                        q,
                        side.text(t.toString()),
                        explanation,
                        side.accept(List.of(hidden.get(0).text())));
            }
            return with(
                    q,
                    side.text(ClozeText.front(text, c.number())),
                    LocalizedText.EMPTY,
                    new QuestionContent.Flashcard(
                            side.text(ClozeText.back(text, c.number()) + (explain.isEmpty() ? "" : gap + explain))));
        }
        return with(q, q.text(), explanation, content);
    }

    private static String back(QuestionContent.Flashcard f, TextSide side) {
        return side == TextSide.ZH ? f.back().zh() : f.back().en();
    }

    private static Question with(Question q, LocalizedText text, LocalizedText explanation, QuestionContent content) {
        return new Question(q.id(), q.topicId(), q.tags(), q.source(), text, explanation, content, q.origin());
    }
}
