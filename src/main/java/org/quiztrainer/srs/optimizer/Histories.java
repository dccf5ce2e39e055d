package org.quiztrainer.srs.optimizer;

import java.util.Arrays;

/**
 * The review histories of the cards of a log, in flat primitive arrays: the ratings and elapsed days
 * of every kept review, card after card, with running counts for the evaluation bins.
 */
final class Histories {

    private final int[] cardStart;
    private final byte[] ratings;
    private final int[] deltas;
    private final int[] longTermSoFar;
    private final int[] lapsesSoFar;
    private final int[] firstLongTermDelta;
    private final int reviewCount;
    private final int cardCount;

    private Histories(Builder b, int reviewCount, int cardCount) {
        this.cardStart = Arrays.copyOf(b.cardStart, b.cards + 1);
        this.cardStart[b.cards] = b.size;
        this.ratings = Arrays.copyOf(b.ratings, b.size);
        this.deltas = Arrays.copyOf(b.deltas, b.size);
        this.longTermSoFar = new int[b.size];
        this.lapsesSoFar = new int[b.size];
        this.firstLongTermDelta = new int[b.cards];
        for (int card = 0; card < b.cards; card++) {
            int longTerm = 0;
            int lapses = 0;
            for (int i = cardStart[card]; i < cardStart[card + 1]; i++) {
                if (deltas[i] > 0) {
                    if (longTerm == 0) {
                        firstLongTermDelta[card] = deltas[i];
                    }
                    longTerm++;
                    if (ratings[i] == 1) {
                        lapses++;
                    }
                }
                longTermSoFar[i] = longTerm;
                lapsesSoFar[i] = lapses;
            }
        }
        this.reviewCount = reviewCount;
        this.cardCount = cardCount;
    }

    int start(int card) {
        return cardStart[card];
    }

    /** The number of cards whose history is kept. */
    int cardCountKept() {
        return firstLongTermDelta.length;
    }

    int rating(int position) {
        return ratings[position];
    }

    int delta(int position) {
        return deltas[position];
    }

    int longTermUpTo(int position) {
        return longTermSoFar[position];
    }

    int lapsesUpTo(int position) {
        return lapsesSoFar[position];
    }

    int firstLongTermDelta(int card) {
        return firstLongTermDelta[card];
    }

    byte[] ratings() {
        return ratings;
    }

    int[] deltas() {
        return deltas;
    }

    int reviewCount() {
        return reviewCount;
    }

    int cardCount() {
        return cardCount;
    }

    /** Collects histories card by card. */
    static final class Builder {
        private int[] cardStart;
        private byte[] ratings;
        private int[] deltas;
        private int cards;
        private int size;

        Builder(int expectedReviews, int expectedCards) {
            cardStart = new int[Math.max(1, expectedCards + 1)];
            ratings = new byte[Math.max(1, expectedReviews)];
            deltas = new int[Math.max(1, expectedReviews)];
        }

        /** Starts the next card; returns its index. */
        int startCard() {
            if (cards + 1 >= cardStart.length) {
                cardStart = Arrays.copyOf(cardStart, cardStart.length * 2);
            }
            cardStart[cards] = size;
            return cards++;
        }

        /** Adds a review to the current card. */
        void add(int rating, int delta) {
            if (size == ratings.length) {
                ratings = Arrays.copyOf(ratings, size * 2);
                deltas = Arrays.copyOf(deltas, size * 2);
            }
            ratings[size] = (byte) rating;
            deltas[size] = delta;
            size++;
        }

        Histories build(int reviewCount, int cardCount) {
            return new Histories(this, reviewCount, cardCount);
        }
    }
}
