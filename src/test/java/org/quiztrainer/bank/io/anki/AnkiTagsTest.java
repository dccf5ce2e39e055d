package org.quiztrainer.bank.io.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.DraftLimits;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;

class AnkiTagsTest {

    @Test
    void longHierarchicalTagsKeepTheirLastLevelsThatFit() {
        AnkiDocument doc = new AnkiDocument(Format.APKG, 10);

        List<String> tags = AnkiTags.fit(
                List.of("#AK_Step1_v12::#B&B::01_Biochem::02_Metabolism::Glycolysis", "short", "x".repeat(50)), doc);

        assertThat(tags).containsExactly("01_Biochem::02_Metabolism::Glycolysis", "short", "x".repeat(40));
        assertThat(tags).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(DraftLimits.TAG_MAX));
        ImportDocument built = doc.build();
        assertThat(built.skipped()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("import.skip.anki.tags-fitted");
            assertThat(s.args().get(0)).isEqualTo("2");
        });
    }

    @Test
    void aCommaSeparatesTagsAndTagsPastTheMostAreLeftOut() {
        AnkiDocument doc = new AnkiDocument(Format.ANKI_TEXT, 10);
        List<String> many = new ArrayList<>(List.of("baz,qux", "Baz"));
        IntStream.range(0, 25).forEach(i -> many.add("t" + i));

        List<String> tags = AnkiTags.fit(many, doc);

        assertThat(tags).hasSize(DraftLimits.TAGS_MAX).startsWith("baz", "qux", "t0");
        assertThat(doc.build().skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.args().get(0)).isEqualTo("8"));
    }

    @Test
    void tagsThatFitAreLeftAsTheyAre() {
        AnkiDocument doc = new AnkiDocument(Format.APKG, 10);

        assertThat(AnkiTags.fit(List.of("verb", "Spanish::Verbs"), doc)).containsExactly("verb", "Spanish::Verbs");
        assertThat(doc.build().skipped()).isEmpty();
    }
}
