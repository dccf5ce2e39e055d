package org.quiztrainer.bank.parse;

import java.util.List;
import org.quiztrainer.bank.Location;

/**
 * A block of a bank text file: {@code @kind id} followed by {@code key: value} fields.
 *
 * @param at where the {@code @kind} line is
 */
record Block(String kind, String id, Location at, List<Field> fields) {

    /**
     * One field of a block, its value with continuation lines joined.
     *
     * @param line the line of the key
     */
    record Field(String key, String value, int line) {}
}
