package org.quiztrainer.srs.optimizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * fsrs-rs's outlier filter ({@code prepare_training_data}). The items that predict a card's first
 * long-term review are grouped by the card's first rating and the elapsed days of that review. In each
 * rating, the smallest groups (smallest days first among equals) are dropped until at least
 * max(20, total / 20) items are gone, and so are groups of fewer than 6 items or more than 100 days
 * (365 for Easy). A dropped (rating, days) pair removes every item of the cards whose first long-term
 * review fell in it; the kept first-review items feed the pre-training of the initial stabilities.
 */
final class OutlierFilter {

    /**
     * The filtered items.
     *
     * @param initialization the kept items that predict a first long-term review
     * @param training       every kept item, in the original order
     */
    record Result(TrainingItems initialization, TrainingItems training) {

        /**
         * The kept items in the order fsrs-rs's {@code filter_outlier} leaves them for evaluation: the
         * initialization items, then the training items that do not predict a first long-term review.
         */
        TrainingItems evaluationOrder() {
            return TrainingItems.concat(initialization, training.withoutFirstLongTerm());
        }
    }

    private OutlierFilter() {}

    static Result apply(TrainingItems items) {
        Map<Integer, Map<Integer, List<Integer>>> groups = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.longTermCount(i) == 1) {
                groups.computeIfAbsent(items.firstRating(i), r -> new TreeMap<>())
                        .computeIfAbsent(items.currentDelta(i), t -> new ArrayList<>())
                        .add(i);
            }
        }
        List<Set<Integer>> removed = new ArrayList<>();
        for (int rating = 0; rating <= 4; rating++) {
            removed.add(new HashSet<>());
        }
        List<Integer> kept = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<Integer>>> ratingGroup : groups.entrySet()) {
            int rating = ratingGroup.getKey();
            List<Map.Entry<Integer, List<Integer>>> byDays =
                    new ArrayList<>(ratingGroup.getValue().entrySet());
            byDays.sort((a, b) -> a.getValue().size() != b.getValue().size()
                    ? Integer.compare(a.getValue().size(), b.getValue().size())
                    : Integer.compare(a.getKey(), b.getKey()));
            int total = byDays.stream().mapToInt(e -> e.getValue().size()).sum();
            int removedSoFar = 0;
            int dayLimit = rating != 4 ? 100 : 365;
            for (Map.Entry<Integer, List<Integer>> group : byDays) {
                int size = group.getValue().size();
                if (removedSoFar + size >= Math.max(20, total / 20)) {
                    if (size >= 6 && group.getKey() <= dayLimit) {
                        kept.addAll(group.getValue());
                    } else {
                        removed.get(rating).add(group.getKey());
                    }
                } else {
                    removedSoFar += size;
                    removed.get(rating).add(group.getKey());
                }
            }
        }
        int[] training = new int[items.size()];
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!removed.get(items.firstRating(i)).contains(items.firstLongTermDelta(i))) {
                training[count++] = i;
            }
        }
        return new Result(
                items.select(kept.stream().mapToInt(Integer::intValue).toArray()),
                items.select(java.util.Arrays.copyOf(training, count)));
    }
}
