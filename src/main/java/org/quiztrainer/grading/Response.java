package org.quiztrainer.grading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the learner answered, one record per kind of {@link AnswerKey}. The records reject only what
 * no UI could send (null, negative indexes); anything a learner can type or a request can carry
 * (too long, unreadable, unknown ids) is graded by {@link Grader} with a reason, never thrown.
 */
public sealed interface Response {

    /** The choices the learner ticked, by authored index; empty when they chose none. */
    record Choices(Set<Integer> chosen) implements Response {
        public Choices {
            chosen = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.noNulls(chosen, "chosen choices")));
            chosen.forEach(index -> Checks.require(index >= 0, "a chosen choice index is negative: " + index));
        }

        /** The given choice indexes. */
        public static Choices of(Integer... chosen) {
            return new Choices(Set.of(chosen));
        }
    }

    /** True or false. */
    record TrueFalse(boolean answer) implements Response {}

    /** A typed short answer, exactly as typed. */
    record Text(String text) implements Response {
        public Text {
            Checks.notNull(text, "text");
        }
    }

    /** A typed number with an optional unit or scale word, exactly as typed ({@code "1750亿"}). */
    record NumberText(String text) implements Response {
        public NumberText {
            Checks.notNull(text, "text");
        }
    }

    /** The item ids in the order the learner put them. */
    record Order(List<String> order) implements Response {
        public Order {
            order = List.copyOf(Checks.noNulls(order, "order"));
        }
    }

    /** Each left id the learner matched, with the right id they chose; unmatched lefts are absent. */
    record Pairs(Map<String, String> pairs) implements Response {
        public Pairs {
            pairs = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.noNullEntries(pairs, "pairs")));
        }
    }

    /** What the learner typed into each blank of a cloze card, in order; missing blanks count as empty. */
    record Blanks(List<String> typed) implements Response {
        public Blanks {
            typed = List.copyOf(Checks.noNulls(typed, "typed blanks"));
        }
    }
}
