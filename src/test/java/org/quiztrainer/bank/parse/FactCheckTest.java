package org.quiztrainer.bank.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.ModelFact;

/** Which would-be wrong answers could be right: the same fact written differently, flagged, or an ancestor. */
class FactCheckTest {

    private static ModelFact row(
            String id, String name, String base, String corpus, String hardware, String time, List<String> flags) {
        return new ModelFact(
                id,
                name,
                false,
                YearMonth.of(2022, 10),
                BigDecimal.TEN,
                base,
                corpus,
                hardware,
                time,
                flags,
                "",
                "",
                2);
    }

    private final ModelFact palm = row("palm", "PaLM", "", "780B tokens", "6144 TPU v4", "", List.of());
    private final ModelFact uPalm = row("u-palm", "U-PaLM", "palm", "", "512 TPU v4", "5 d", List.of());
    private final ModelFact flanUPalm = row("flan-u-palm", "Flan-U-PaLM", "u-palm", "", "", "", List.of());
    private final ModelFact welm =
            row("welm", "WeLM", "", "1.4T tokens", "128 A100 40G", "60 h", List.of("corpus=825GB"));
    private final List<ModelFact> all = List.of(palm, uPalm, flanUPalm, welm);

    @Test
    void theSameFactWrittenAnotherWayCouldBeRight() {
        assertThat(FactCheck.couldBeRight(welm, "corpus", "1400B tokens", all)).isTrue();
        assertThat(FactCheck.couldBeRight(welm, "training_time", "2.5 d", all)).isTrue();
        assertThat(FactCheck.couldBeRight(welm, "hardware", "128 40G A100", all))
                .as("word order")
                .isTrue();
        assertThat(FactCheck.couldBeRight(welm, "hardware", "128 A100", all))
                .as("less precise")
                .isTrue();
        assertThat(FactCheck.couldBeRight(welm, "corpus", "825GB", all))
                .as("flagged also true")
                .isTrue();
    }

    @Test
    void aDifferentFactIsWrong() {
        assertThat(FactCheck.couldBeRight(welm, "corpus", "1.3T tokens", all)).isFalse();
        assertThat(FactCheck.couldBeRight(welm, "corpus", "1.4TB", all))
                .as("bytes are not tokens")
                .isFalse();
        assertThat(FactCheck.couldBeRight(welm, "training_time", "60 d", all)).isFalse();
        assertThat(FactCheck.couldBeRight(welm, "hardware", "128 A800", all)).isFalse();
        assertThat(FactCheck.couldBeRight(welm, "hardware", "512 TPU v4", all)).isFalse();
    }

    @Test
    void aBaseModelIsNeitherTheModelItselfNorAnAncestorOfItsBase() {
        assertThat(FactCheck.couldBeRight(uPalm, "base_model", "U-PaLM", all))
                .as("itself")
                .isTrue();
        assertThat(FactCheck.couldBeRight(flanUPalm, "base_model", "PaLM", all))
                .as("base of its base")
                .isTrue();
        assertThat(FactCheck.couldBeRight(flanUPalm, "base_model", "palm", all))
                .as("by id")
                .isTrue();
        assertThat(FactCheck.couldBeRight(uPalm, "base_model", "Flan-U-PaLM", all))
                .isFalse();
        assertThat(FactCheck.couldBeRight(uPalm, "base_model", "mT5", all)).isFalse();
    }
}
