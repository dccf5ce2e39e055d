package org.quiztrainer.srs.optimizer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiztrainer.srs.StudyDays;

/**
 * The training items of a review log, as fsrs-rs builds them: one item per review with elapsed days
 * &gt; 0, carrying the card's whole history up to and including that review; items in the order of their
 * review times. A card's history starts at its last run of learning reviews (New or Learning), as
 * fsrs-rs's {@code remove_revlog_before_last_first_learn}: a card that was reset and learnt again is
 * trained on its new life only; a card with no learning review is left out. Elapsed days are counted
 * as the scheduler counts them ({@link StudyDays}: the learner's zone and day-start hour).
 *
 * <p>Stored as primitive arrays shared by subsets, so that selecting and reordering items copies no
 * history.
 */
public final class TrainingItems {

    private final Histories histories;
    private final int[] itemCard;
    private final int[] itemLength;
    private final long[] itemTime;

    private TrainingItems(Histories histories, int[] itemCard, int[] itemLength, long[] itemTime) {
        this.histories = histories;
        this.itemCard = itemCard;
        this.itemLength = itemLength;
        this.itemTime = itemTime;
    }

    /**
     * The items of {@code reviews} (in any order), with days counted in {@code zone} from
     * {@code dayStartHour}.
     */
    public static TrainingItems of(Collection<LoggedReview> reviews, ZoneId zone, int dayStartHour) {
        Objects.requireNonNull(zone, "zone");
        Map<Long, List<LoggedReview>> byCard = new HashMap<>();
        for (LoggedReview review : reviews) {
            byCard.computeIfAbsent(review.cardId(), id -> new ArrayList<>()).add(review);
        }
        List<Long> cardIds = new ArrayList<>(byCard.keySet());
        cardIds.sort(Comparator.naturalOrder());
        Histories.Builder builder = new Histories.Builder(reviews.size(), cardIds.size());
        List<long[]> items = new ArrayList<>();
        for (long cardId : cardIds) {
            List<LoggedReview> card = byCard.get(cardId);
            card.sort(Comparator.comparing(LoggedReview::reviewedAt));
            int start = lastLearningRunStart(card);
            if (start < 0) {
                continue;
            }
            int cardIndex = builder.startCard();
            long previousDay = 0;
            for (int i = start; i < card.size(); i++) {
                LoggedReview review = card.get(i);
                long day =
                        StudyDays.dayOf(review.reviewedAt(), zone, dayStartHour).toEpochDay();
                int delta = i == start ? 0 : (int) Math.max(0, day - previousDay);
                previousDay = day;
                builder.add(review.rating().grade(), delta);
                if (delta > 0) {
                    items.add(new long[] {review.reviewedAt().toEpochMilli(), cardIndex, i - start + 1});
                }
            }
        }
        items.sort(Comparator.<long[]>comparingLong(a -> a[0])
                .thenComparingLong(a -> a[1])
                .thenComparingLong(a -> a[2]));
        int[] card = new int[items.size()];
        int[] length = new int[items.size()];
        long[] time = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            time[i] = items.get(i)[0];
            card[i] = (int) items.get(i)[1];
            length[i] = (int) items.get(i)[2];
        }
        return new TrainingItems(builder.build(reviews.size(), byCard.size()), card, length, time);
    }

    /** The index where the card's last run of learning reviews starts, -1 if it has none. */
    private static int lastLearningRunStart(List<LoggedReview> card) {
        int start = -1;
        for (int i = card.size() - 1; i >= 0; i--) {
            if (card.get(i).learning()) {
                start = i;
            } else if (start >= 0) {
                break;
            }
        }
        return start;
    }

    /** The items at {@code indices}, in that order. */
    TrainingItems select(int[] indices) {
        int[] card = new int[indices.length];
        int[] length = new int[indices.length];
        long[] time = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            card[i] = itemCard[indices[i]];
            length[i] = itemLength[indices[i]];
            time[i] = itemTime[indices[i]];
        }
        return new TrainingItems(histories, card, length, time);
    }

    /** The items of {@code a} then those of {@code b}, which share the same histories. */
    static TrainingItems concat(TrainingItems a, TrainingItems b) {
        if (a.histories != b.histories) {
            throw new IllegalArgumentException("items of different logs");
        }
        int n = a.size() + b.size();
        int[] card = java.util.Arrays.copyOf(a.itemCard, n);
        int[] length = java.util.Arrays.copyOf(a.itemLength, n);
        long[] time = java.util.Arrays.copyOf(a.itemTime, n);
        System.arraycopy(b.itemCard, 0, card, a.size(), b.size());
        System.arraycopy(b.itemLength, 0, length, a.size(), b.size());
        System.arraycopy(b.itemTime, 0, time, a.size(), b.size());
        return new TrainingItems(a.histories, card, length, time);
    }

    /** The items that do not predict a card's first long-term review, in order. */
    TrainingItems withoutFirstLongTerm() {
        return select(java.util.stream.IntStream.range(0, size())
                .filter(i -> longTermCount(i) != 1)
                .toArray());
    }

    /** The number of items. */
    public int size() {
        return itemCard.length;
    }

    /** The number of reviews that were read, including those that make no item. */
    public int reviewCount() {
        return histories.reviewCount();
    }

    /** The number of distinct cards that were read. */
    public int cardCount() {
        return histories.cardCount();
    }

    /** The number of reviews in item {@code item}, its current review included. */
    int length(int item) {
        return itemLength[item];
    }

    /** The position of the item's first review in the flat history arrays. */
    int start(int item) {
        return histories.start(itemCard[item]);
    }

    /** The shared histories of all items. */
    Histories histories() {
        return histories;
    }

    /** The card (index into the histories) of an item. */
    int card(int item) {
        return itemCard[item];
    }

    /** The rating (1..4) of the item's current review: the one it predicts. */
    int currentRating(int item) {
        return histories.rating(start(item) + itemLength[item] - 1);
    }

    /** The elapsed days of the item's current review. */
    int currentDelta(int item) {
        return histories.delta(start(item) + itemLength[item] - 1);
    }

    /** The rating of the item's first review. */
    int firstRating(int item) {
        return histories.rating(start(item));
    }

    /** The elapsed days of the item's first review with elapsed days &gt; 0. */
    int firstLongTermDelta(int item) {
        return histories.firstLongTermDelta(itemCard[item]);
    }

    /** The reviews of the item (current included) with elapsed days &gt; 0. */
    int longTermCount(int item) {
        return histories.longTermUpTo(start(item) + itemLength[item] - 1);
    }

    /** The lapses in the item's history: Again with elapsed days &gt; 0, before the current review. */
    int lapses(int item) {
        int length = itemLength[item];
        return length < 2 ? 0 : histories.lapsesUpTo(start(item) + length - 2);
    }

    /** Whether the item's current review was recalled (Hard, Good or Easy). */
    boolean recalled(int item) {
        return currentRating(item) > 1;
    }
}
