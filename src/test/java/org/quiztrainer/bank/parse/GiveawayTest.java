package org.quiztrainer.bank.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text gives an answer away where a learner would see it at a glance, and only there. */
class GiveawayTest {

    @Test
    void aTermCountsWhereAWordStarts() {
        assertThat(Giveaway.containsTerm("Which base model is Flan-T5 built on?", "T5"))
                .isTrue();
        assertThat(Giveaway.containsTerm("Which base model is BLOOMZ built on?", "BLOOM"))
                .isTrue();
        assertThat(Giveaway.containsTerm("Which base model is OPT-IML built on?", "opt"))
                .isTrue();
        assertThat(Giveaway.containsTerm("两个 RNNs 的缺陷", "RNN")).isTrue();
        assertThat(Giveaway.containsTerm("什么是反向传播算法？", "反向传播")).isTrue();
    }

    @Test
    void aTermInsideAWordOrBeforeMoreDigitsDoesNotCount() {
        assertThat(Giveaway.containsTerm("Which base model is mT5 built on?", "T5"))
                .isFalse();
        assertThat(Giveaway.containsTerm("Which base model is mT0 built on?", "mT5"))
                .isFalse();
        assertThat(Giveaway.containsTerm("Is ChatGPT based on GPT-3.5?", "GPT-3"))
                .isFalse();
        assertThat(Giveaway.containsTerm("How large is PaLM2?", "PaLM")).isFalse();
        assertThat(Giveaway.containsTerm("Which base model is WebGPT built on?", "GPT-3"))
                .isFalse();
        assertThat(Giveaway.containsTerm("anything", " ")).isFalse();
    }

    @Test
    void aNumberCountsOnlyAsANumberOfItsOwn() {
        assertThat(Giveaway.containsNumber("How many parameters does GPT-NeoX-20B have?", "20"))
                .isTrue();
        assertThat(Giveaway.containsNumber("(in billions, e.g. 175B)", "175")).isTrue();
        assertThat(Giveaway.containsNumber("1750 亿", "175")).isFalse();
        assertThat(Giveaway.containsNumber("1.75 trillion", "175")).isFalse();
        assertThat(Giveaway.containsNumber("GPT-3.5", "3")).isFalse();
        assertThat(Giveaway.containsNumber("Galactica 120", "20")).isFalse();
    }
}
