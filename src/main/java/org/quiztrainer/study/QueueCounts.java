package org.quiztrainer.study;

/** What is left today in a scope: new cards within the daily limit, learning cards, reviews within the limit. */
public record QueueCounts(int newCards, int learning, int review) {

    public int total() {
        return newCards + learning + review;
    }
}
