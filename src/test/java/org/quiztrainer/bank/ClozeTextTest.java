package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClozeTextTest {

    private static final String TEXT =
            "{{c1::Transformer}} was proposed in {{c2::2017::year}} by {{c1::Vaswani}} et al.";

    @Test
    void aCardHidesItsOwnNumberAndShowsTheOthers() {
        assertThat(ClozeText.front(TEXT, 1)).isEqualTo("[...] was proposed in 2017 by [...] et al.");
        assertThat(ClozeText.front(TEXT, 2)).isEqualTo("Transformer was proposed in [year] by Vaswani et al.");
        assertThat(ClozeText.back(TEXT, 2)).isEqualTo("Transformer was proposed in 2017 by Vaswani et al.");
        assertThat(ClozeText.answers(TEXT, 1)).containsExactly("Transformer", "Vaswani");
        assertThat(ClozeText.numbers(TEXT)).containsExactly(1, 2);
    }

    @Test
    void aTextWithoutTheDeletionIsNotACloze() {
        Location at = new Location("x", 1);
        LocalizedText text = LocalizedText.enOnly("{{c1::a}} and {{c2::b}}");
        assertThat(new Question(
                                "q",
                                "t",
                                List.of(),
                                "s",
                                text,
                                LocalizedText.enOnly("e"),
                                new QuestionContent.Cloze(2, false),
                                at)
                        .type())
                .isEqualTo(QuestionType.CLOZE);
        assertThatThrownBy(() -> new Question(
                        "q",
                        "t",
                        List.of(),
                        "s",
                        text,
                        LocalizedText.enOnly("e"),
                        new QuestionContent.Cloze(3, false),
                        at))
                .hasMessageContaining("no deletion c3");
    }

    @Test
    void aOneLanguageTextFallsBackToItsLanguage() {
        LocalizedText zh = LocalizedText.zhOnly("注意力");
        assertThat(zh.in(Locale.ENGLISH)).isEqualTo("注意力");
        assertThat(zh.isIn(Locale.ENGLISH)).isFalse();
        assertThat(new LocalizedText("注意力", "attention").in(Locale.ENGLISH)).isEqualTo("attention");
        assertThat(new LocalizedText(" ", null).isEmpty()).isTrue();
        assertThatThrownBy(() -> new QuestionContent.Flashcard(LocalizedText.EMPTY))
                .hasMessageContaining("a back");
    }
}
