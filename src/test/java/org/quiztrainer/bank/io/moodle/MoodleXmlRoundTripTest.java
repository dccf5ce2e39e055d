package org.quiztrainer.bank.io.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Location;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.IoFixtures;
import org.quiztrainer.bank.io.Samples;

/**
 * Moodle XML written, then read: every type comes back the same (identity included, through
 * {@code <idnumber>}), but a cloze card, which Moodle's embedded answers carry as gaps only (noted).
 */
class MoodleXmlRoundTripTest {

    @TempDir
    Path dir;

    private final MoodleXmlFormat moodle = new MoodleXmlFormat();

    @ParameterizedTest
    @CsvSource({"en,false", "zh,false", "en,true", "zh,true"})
    void everyTypeComesBack(String language, boolean html) {
        Locale locale = Locale.forLanguageTag(language);
        List<Question> plain = language.equals("zh") ? Samples.chinese() : Samples.english();
        List<Question> questions = html ? Samples.html(plain) : plain;

        IoFixtures.Written written = IoFixtures.write(moodle, Samples.request(questions, locale, html));
        ImportDocument doc = IoFixtures.read(moodle, IoFixtures.bytes(dir, "bank.xml", written.bytes()));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.skipped()).isEmpty();
        Map<String, ImportItem> items = IoFixtures.byIdentity(doc);
        for (Question q : questions) {
            ImportItem item = items.get(q.id());
            assertThat(item).as(q.id()).isNotNull();
            assertThat(item.html()).isEqualTo(html);
            assertThat(item.tags()).isEqualTo(q.tags());
            assertThat(item.topicPath()).isEqualTo(Samples.path(q, locale));
            assertThat(item.explanation()).as(q.id()).isEqualTo(q.explanation());
            if (q.content() instanceof QuestionContent.Cloze c) {
                StringBuilder t = new StringBuilder();
                ClozeText.segments(q.text().in(locale), c.number())
                        .forEach(s -> t.append(s.hidden() ? "{{c1::" + s.text() + "}}" : s.text()));
                assertThat(item.text().in(locale)).as(q.id()).isEqualTo(t.toString());
                assertThat(item.content()).isEqualTo(new QuestionContent.Cloze(1, true));
            } else {
                assertThat(item.text()).as(q.id()).isEqualTo(q.text());
                assertThat(item.content()).as(q.id()).isEqualTo(q.content());
            }
        }
        assertThat(written.report().notes())
                .extracting(n -> n.identity() + " " + n.key())
                .contains(
                        "flashcard export.note.moodle.flashcard-as-essay",
                        "cloze-two.c2 export.note.moodle.cloze-as-gaps")
                .doesNotContain("cloze export.note.moodle.cloze-as-gaps");
    }

    @Test
    void imagesAreEmbeddedAndComeBackAsMedia() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        Question q = new Question(
                "pic",
                "llm",
                List.of(),
                "",
                LocalizedText.enOnly("<p>Look: <img src=\"my pic.png\"></p>"),
                LocalizedText.EMPTY,
                new QuestionContent.TrueFalse(true),
                new Location("t", 1));
        ExportRequest request = new ExportRequest(
                "Bank",
                Samples.topics(),
                List.of(new ExportRequest.Entry("pic", q, true)),
                Locale.ENGLISH,
                name -> name.equals("my pic.png") ? Optional.of(new ImportMedia(name, png)) : Optional.empty());

        IoFixtures.Written written = IoFixtures.write(moodle, request);
        ImportDocument doc = IoFixtures.read(moodle, IoFixtures.bytes(dir, "pic.xml", written.bytes()));

        assertThat(written.text())
                .contains("@@PLUGINFILE@@/my%20pic.png", "<file name=\"my pic.png\" path=\"/\" encoding=\"base64\">");
        assertThat(doc.items())
                .singleElement()
                .satisfies(i -> assertThat(i.text().en()).isEqualTo("<p>Look: <img src=\"my_pic.png\"></p>"));
        assertThat(doc.media()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("my_pic.png");
            assertThat(m.bytes()).isEqualTo(png);
        });
    }
}
