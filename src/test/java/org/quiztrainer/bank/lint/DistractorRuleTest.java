package org.quiztrainer.bank.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.parse.BankFixtures;
import org.quiztrainer.bank.parse.BankReader;
import org.quiztrainer.bank.parse.FactGenerator;
import org.quiztrainer.bank.parse.FactGenerator.Generated;

/**
 * {@code distractor-true}: the generator never offers a true value as a wrong choice, so the rule is
 * checked on generated questions changed in code to offer one: the same hardware in another word order,
 * a value the row's flags call also true, the model itself.
 */
class DistractorRuleTest {

    private final QuestionBank bank =
            BankReader.read(BankFixtures.resource("lint/clean")).bank().orElseThrow();
    private final List<Generated> generated = FactGenerator.generateWithSources(bank.templates(), bank.models());

    private List<Finding> withWrongChoice(String questionId, String wrong) {
        List<Generated> changed = new ArrayList<>();
        for (Generated g : generated) {
            if (g.question().id().equals(questionId)) {
                QuestionContent.SingleChoice s =
                        (QuestionContent.SingleChoice) g.question().content();
                List<QuestionContent.Choice> choices = new ArrayList<>(s.choices());
                int i = choices.indexOf(
                        choices.stream().filter(c -> !c.correct()).findFirst().orElseThrow());
                choices.set(i, new QuestionContent.Choice(new LocalizedText(wrong, wrong), false));
                Question q = g.question();
                Question bad = new Question(
                        q.id(),
                        q.topicId(),
                        q.tags(),
                        q.source(),
                        q.text(),
                        q.explanation(),
                        new QuestionContent.SingleChoice(choices),
                        q.origin());
                changed.add(new Generated(bad, g.template(), g.rows(), g.caveats()));
            } else {
                changed.add(g);
            }
        }
        return new DistractorRule().check(new LintInput(bank, changed));
    }

    @Test
    void theGeneratorOffersNoTrueValueSoTheRuleIsQuiet() {
        assertThat(new DistractorRule().check(new LintInput(bank, generated))).isEmpty();
    }

    @Test
    void theSameHardwareInAnotherWordOrderIsNotAWrongAnswer() {
        assertThat(withWrongChoice("fact.hardware.welm", "128 40G A100"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.questionId()).isEqualTo("fact.hardware.welm");
                    assertThat(f.isError()).isTrue();
                    assertThat(f.reason()).contains("'128 40G A100' is true of WeLM");
                });
    }

    @Test
    void aValueTheTableCallsAlsoTrueIsNotAWrongAnswer() {
        assertThat(withWrongChoice("fact.corpus.codegen", "825GB"))
                .singleElement()
                .satisfies(f -> assertThat(f.questionId()).isEqualTo("fact.corpus.codegen"));
    }

    @Test
    void theModelItselfIsNotAWrongBaseModel() {
        assertThat(withWrongChoice("fact.base-model.minerva", "Minerva")).hasSize(1);
        assertThat(withWrongChoice("fact.base-model.minerva", "GPT-3")).isEmpty();
    }
}
