package org.quiztrainer.srs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sequences of Baagøe's Alea in JavaScript (as in seedrandom and ts-fsrs) for a few seeds. */
class AleaTest {

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({
        "hello., 0.4783254903741181, 0.8297006865032017, 0.46924330526962876",
        "q-042:5, 0.9010447973851115, 0.9700269685126841, 0.7193876358214766",
        "1710061200000_3_12.5, 0.48762282100506127, 0.5831605209968984, 0.5175677200313658",
        "e2ecb1f7-8d15-420b-bec4-c7212ad2e5dc4, 0.8803044091910124, 0.6397272520698607, 0.17601083335466683",
    })
    void sameSequenceAsTheJavaScriptGenerator(String seed, double first, double second, double third) {
        Alea alea = new Alea(seed);
        assertThat(alea.next()).isEqualTo(first);
        assertThat(alea.next()).isEqualTo(second);
        assertThat(alea.next()).isEqualTo(third);
    }

    @Test
    void fuzzDrawIsTheFirstNumberOfTheSeedIdColonReps() {
        assertThat(Fuzz.draw("q-042", 5)).isEqualTo(0.9010447973851115);
    }
}
