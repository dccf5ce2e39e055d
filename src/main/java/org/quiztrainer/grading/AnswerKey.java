package org.quiztrainer.grading;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What counts as right for one question, in the grading package's own terms (the bank maps its
 * questions to these). Every key validates itself; an invalid key is a bug in the caller and throws
 * {@link IllegalArgumentException}.
 */
public sealed interface AnswerKey {

    /**
     * A single- or multiple-choice question. Choices are numbered 0..{@code choiceCount - 1} in the
     * question's authored order (the UI maps a shuffled display back to these indexes).
     *
     * @param choiceCount how many choices the question shows, at least 2
     * @param correct the indexes of the correct choices
     * @param multiple whether several choices may be chosen; a single-choice key has exactly one correct
     */
    record ChoiceKey(int choiceCount, Set<Integer> correct, boolean multiple) implements AnswerKey {
        public ChoiceKey {
            Checks.require(choiceCount >= 2, "a choice question needs at least 2 choices, has " + choiceCount);
            Checks.notNull(correct, "correct choices");
            correct = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.noNulls(correct, "correct choices")));
            Checks.require(!correct.isEmpty(), "a choice question needs at least one correct choice");
            for (int index : correct) {
                Checks.require(
                        index >= 0 && index < choiceCount,
                        "correct choice " + index + " is outside 0.." + (choiceCount - 1));
            }
            Checks.require(
                    multiple || correct.size() == 1,
                    "a single-choice question needs exactly one correct choice, has " + correct.size());
        }

        /** A single-choice key: {@code correct} is the one right choice. */
        public static ChoiceKey single(int choiceCount, int correct) {
            return new ChoiceKey(choiceCount, Set.of(correct), false);
        }

        /** A multiple-choice key with the given correct choices. */
        public static ChoiceKey multiple(int choiceCount, Integer... correct) {
            return new ChoiceKey(choiceCount, Set.of(correct), true);
        }
    }

    /** A statement that is either true or false. */
    record TrueFalseKey(boolean answer) implements AnswerKey {}

    /**
     * A typed answer. Any accepted answer of either language is right, whatever the UI language.
     *
     * @param acceptedZh the accepted Chinese answers, as authored
     * @param acceptedEn the accepted English answers, as authored
     */
    record ShortAnswerKey(List<String> acceptedZh, List<String> acceptedEn) implements AnswerKey {
        public ShortAnswerKey {
            acceptedZh = List.copyOf(Checks.noNulls(acceptedZh, "accepted Chinese answers"));
            acceptedEn = List.copyOf(Checks.noNulls(acceptedEn, "accepted English answers"));
            Checks.require(!acceptedZh.isEmpty() || !acceptedEn.isEmpty(), "a short answer needs an accepted answer");
            for (String accepted : acceptedZh) {
                Checks.require(
                        !TextNormaliser.matchKey(accepted).isEmpty(),
                        "accepted answer '" + accepted + "' is empty once normalised");
            }
            for (String accepted : acceptedEn) {
                Checks.require(
                        !TextNormaliser.matchKey(accepted).isEmpty(),
                        "accepted answer '" + accepted + "' is empty once normalised");
            }
        }
    }

    /**
     * A number, right when {@code |given - value| <= tolerance}, both counted in the key's unit.
     *
     * @param value the right answer, in the unit's base (175 for 175 billion parameters)
     * @param tolerance the absolute tolerance in the same unit, not negative
     * @param unit the unit the number is counted in, if any; without one only a bare number is read
     */
    record NumericKey(BigDecimal value, BigDecimal tolerance, Optional<UnitSpec> unit) implements AnswerKey {
        public NumericKey {
            Checks.notNull(value, "value");
            Checks.notNull(tolerance, "tolerance");
            Checks.notNull(unit, "unit (use Optional.empty() for a bare number)");
            Checks.require(tolerance.signum() >= 0, "tolerance must not be negative, was " + tolerance);
        }

        /** A bare number without a unit. */
        public NumericKey(BigDecimal value, BigDecimal tolerance) {
            this(value, tolerance, Optional.empty());
        }

        /** A number counted in {@code unit}. */
        public NumericKey(BigDecimal value, BigDecimal tolerance, UnitSpec unit) {
            this(value, tolerance, Optional.of(unit));
        }
    }

    /**
     * Items to put in order.
     *
     * @param order the item ids in the correct order, at least 2, distinct
     */
    record OrderingKey(List<String> order) implements AnswerKey {
        public OrderingKey {
            order = List.copyOf(Checks.noNulls(order, "order"));
            Checks.require(order.size() >= 2, "an ordering needs at least 2 items, has " + order.size());
            Checks.require(new HashSet<>(order).size() == order.size(), "ordering item ids repeat: " + order);
            order.forEach(id -> Checks.require(!id.isBlank(), "an ordering item id is blank"));
        }
    }

    /**
     * Left sides to match with right sides, one to one.
     *
     * @param pairs each left id with its right id, in the order the lefts are shown; at least 2
     */
    record MatchingKey(Map<String, String> pairs) implements AnswerKey {
        public MatchingKey {
            Checks.notNull(pairs, "pairs");
            pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
            Checks.require(pairs.size() >= 2, "a matching needs at least 2 pairs, has " + pairs.size());
            pairs.forEach((left, right) -> Checks.require(
                    left != null && right != null && !left.isBlank() && !right.isBlank(),
                    "a matching pair has a blank side: " + left + " => " + right));
            Checks.require(
                    new HashSet<>(pairs.values()).size() == pairs.size(),
                    "two left sides share a right side: " + pairs);
        }
    }

    /**
     * The hidden answers of one cloze card, each a blank typed by the learner, in the order they appear.
     *
     * @param blanks what each blank accepts (the hidden text of each language), at least one
     */
    record ClozeKey(List<ShortAnswerKey> blanks) implements AnswerKey {
        public ClozeKey {
            blanks = List.copyOf(Checks.noNulls(blanks, "blanks"));
            Checks.require(!blanks.isEmpty(), "a cloze card hides at least one answer");
        }
    }
}
