package org.quiztrainer.bank.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.IoFixtures;
import org.quiztrainer.bank.io.Samples;

/** CSV carries every type in both languages: written, then read, each question comes back as it was. */
class CsvRoundTripTest {

    @TempDir
    Path dir;

    private final CsvFormat csv = new CsvFormat();

    @ParameterizedTest
    @CsvSource({"bilingual,false", "english,false", "chinese,false", "bilingual,true"})
    void everyTypeComesBackTheSame(String languages, boolean html) {
        List<Question> plain = switch (languages) {
            case "english" -> Samples.english();
            case "chinese" -> Samples.chinese();
            default -> Samples.bilingual();
        };
        List<Question> questions = html ? Samples.html(plain) : plain;

        IoFixtures.Written written = IoFixtures.write(csv, Samples.request(questions, Locale.ENGLISH, html));
        ImportDocument doc = IoFixtures.read(csv, IoFixtures.bytes(dir, "bank.csv", written.bytes()));

        assertThat(doc.problems()).isEmpty();
        assertThat(written.report().notes()).isEmpty();
        assertThat(doc.items()).hasSameSizeAs(questions);
        Map<String, ImportItem> items = IoFixtures.byIdentity(doc);
        for (Question q : questions) {
            ImportItem item = items.get(q.id());
            assertThat(item).as(q.id()).isNotNull();
            assertThat(item.text()).as(q.id()).isEqualTo(q.text());
            assertThat(item.explanation()).as(q.id()).isEqualTo(q.explanation());
            assertThat(item.content()).as(q.id()).isEqualTo(q.content());
            assertThat(item.tags()).isEqualTo(q.tags());
            assertThat(item.html()).isEqualTo(html);
            List<String> path = Samples.path(q, Locale.ENGLISH);
            assertThat(item.topicPath()).isEqualTo(path.subList(1, path.size()));
        }
    }

    @Test
    void itIsWrittenAsExcelOpensIt() {
        IoFixtures.Written written = IoFixtures.write(csv, Samples.request(Samples.bilingual(), Locale.ENGLISH));

        assertThat(written.bytes()[0]).isEqualTo((byte) 0xEF);
        assertThat(written.text())
                .startsWith("\uFEFFid,type,topic,tags,text_zh,text_en,answer,choices,explain_zh,explain_en\r\n")
                .contains("\r\nnumeric-negative,numeric,")
                .contains(",-1.5,");
        assertThat(written.text()
                        .lines()
                        .filter(l -> l.startsWith("single,"))
                        .findFirst()
                        .orElseThrow())
                .contains(",中Self-attention || Self-attention | 中Recurrence || Recurrence | 中%5 = five || %5 = five,");
    }
}
