package org.quiztrainer.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ordering and matching questions. */
final class ArrangementGrading {

    private ArrangementGrading() {}

    /**
     * Ordering, with {@code n} items and {@code L} the length of the longest subsequence of the answer
     * that is in the correct relative order (the longest common subsequence of answer and key):
     * <pre>
     * score = (L - 1) / (n - 1)
     * </pre>
     * The right order scores 1 and the reversed order 0; moving one item to another place costs
     * {@code 1 / (n - 1)} wherever it lands, unlike counting items in their absolute position, where
     * one item moved from the start to the end leaves no item in place.
     */
    static Marked grade(AnswerKey.OrderingKey key, Response.Order response) {
        List<String> order = key.order();
        List<String> given = response.order();
        if (given.size() != order.size() || !new HashSet<>(given).equals(new HashSet<>(order))) {
            return Marked.invalid(Problem.MALFORMED, "the answer " + given + " is not an order of " + order);
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        List<Integer> wrongPositions = new ArrayList<>();
        int[] ranks = new int[given.size()];
        for (int i = 0; i < given.size(); i++) {
            ranks[i] = rank.get(given.get(i));
            if (ranks[i] != i) {
                wrongPositions.add(i);
            }
        }
        Set<Integer> kept = longestIncreasing(ranks);
        List<String> toMove = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (!kept.contains(i)) {
                toMove.add(given.get(i));
            }
        }
        double score = (kept.size() - 1) / (double) (order.size() - 1);
        return Marked.of(score, new Feedback.Ordering(wrongPositions, toMove));
    }

    /**
     * Matching, with {@code k} lefts matched to their right side out of {@code n} pairs:
     * <pre>
     * score = k / n
     * </pre>
     */
    static Marked grade(AnswerKey.MatchingKey key, Response.Pairs response) {
        Set<String> rights = new HashSet<>(key.pairs().values());
        boolean fits = response.pairs().size() <= key.pairs().size()
                && response.pairs().entrySet().stream()
                        .allMatch(pair -> key.pairs().containsKey(pair.getKey()) && rights.contains(pair.getValue()));
        if (!fits) {
            return Marked.invalid(
                    Problem.MALFORMED, "the pairs " + response.pairs() + " are not pairs of " + key.pairs());
        }
        List<String> correct = new ArrayList<>();
        Map<String, String> wrong = new LinkedHashMap<>();
        List<String> unanswered = new ArrayList<>();
        key.pairs().forEach((left, right) -> {
            String chosen = response.pairs().get(left);
            if (chosen == null) {
                unanswered.add(left);
            } else if (chosen.equals(right)) {
                correct.add(left);
            } else {
                wrong.put(left, chosen);
            }
        });
        return Marked.of(
                correct.size() / (double) key.pairs().size(), new Feedback.Matching(correct, wrong, unanswered));
    }

    /** The positions of one longest strictly increasing subsequence of {@code values} (O(n^2), n is small). */
    private static Set<Integer> longestIncreasing(int[] values) {
        int n = values.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (values[j] < values[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (length[i] > length[best]) {
                best = i;
            }
        }
        Set<Integer> positions = new HashSet<>();
        for (int i = best; i >= 0; i = previous[i]) {
            positions.add(i);
        }
        return positions;
    }
}
