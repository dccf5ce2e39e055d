package org.quiztrainer.srs.optimizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

/**
 * Reads the review-log CSV that fsrs-rs and fsrs-optimizer read: a header naming the columns
 * {@code card_id,review_time,review_rating,review_state,review_duration} (any order; other columns are
 * ignored), then one review per line: card id (integer), review time (milliseconds since the epoch),
 * rating (1 Again .. 4 Easy), state before the review (0 New, 1 Learning, 2 Review, 3 Relearning),
 * duration (milliseconds, at least 0). Blank lines are skipped. The first problem stops the reading with
 * a {@link RevlogFormatException} that names its line and column.
 */
public final class RevlogCsv {

    /** The columns the file must have. */
    public static final List<String> COLUMNS =
            List.of("card_id", "review_time", "review_rating", "review_state", "review_duration");

    private RevlogCsv() {}

    /** Every review of the file, in file order. */
    public static List<LoggedReview> read(Reader source) throws IOException, RevlogFormatException {
        BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
        String header = reader.readLine();
        if (header == null || header.replace("\uFEFF", "").isBlank()) {
            throw new RevlogFormatException(
                    1,
                    "the file is empty; it needs the header " + String.join(",", COLUMNS) + " and one review per line");
        }
        List<String> names = fields(header.replace("\uFEFF", ""));
        int[] position = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            position[c] = indexOf(names, COLUMNS.get(c));
            if (position[c] < 0) {
                throw new RevlogFormatException(
                        1,
                        "missing header column " + COLUMNS.get(c)
                                + "; the first line must name the columns " + String.join(",", COLUMNS)
                                + (names.isEmpty() || !looksNumeric(names.get(0))
                                        ? ""
                                        : " (the file has no header line)"));
            }
        }
        List<LoggedReview> reviews = new ArrayList<>();
        Map<Long, long[]> lastByCard = new HashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> values = fields(line);
            if (values.size() != names.size()) {
                throw new RevlogFormatException(
                        lineNumber, "expected " + names.size() + " columns as in the header, found " + values.size());
            }
            Row row = new Row(lineNumber, values, names, position);
            long cardId = row.number(0, Long.MIN_VALUE, Long.MAX_VALUE, "a card id (an integer)");
            long time = row.number(1, 0, Long.MAX_VALUE, "a time in milliseconds since the epoch");
            int rating = (int) row.number(2, 1, 4, "a rating 1 (Again) to 4 (Easy)");
            int state = (int) row.number(3, 0, 3, "a state 0 (New), 1 (Learning), 2 (Review) or 3 (Relearning)");
            long duration = row.number(4, 0, Long.MAX_VALUE, "a duration in milliseconds (0 or more)");
            long[] last = lastByCard.get(cardId);
            if (last != null && time < last[0]) {
                throw new RevlogFormatException(
                        lineNumber,
                        row.where(1) + ": review time " + time
                                + " is before the previous review of card " + cardId + " (line " + last[1]
                                + ", time " + last[0] + "); a card's reviews must be in time order");
            }
            lastByCard.put(cardId, new long[] {time, lineNumber});
            reviews.add(new LoggedReview(
                    cardId, Instant.ofEpochMilli(time), Rating.ofGrade(rating), State.values()[state], duration));
        }
        if (reviews.isEmpty()) {
            throw new RevlogFormatException(lineNumber + 1, "the file has a header but no review");
        }
        return reviews;
    }

    private static int indexOf(List<String> names, String column) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(column)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksNumeric(String field) {
        return field.matches("-?\\d+(\\.\\d+)?");
    }

    /** The comma-separated fields of a line, trimmed, with surrounding double quotes removed. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        for (String field : line.split(",", -1)) {
            String f = field.trim();
            if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
                f = f.substring(1, f.length() - 1).trim();
            }
            out.add(f);
        }
        return out;
    }

    /** One line's values, read by column. */
    private record Row(int line, List<String> values, List<String> names, int[] position) {

        String where(int column) {
            return "column " + (position[column] + 1) + " (" + names.get(position[column]) + ")";
        }

        long number(int column, long min, long max, String expected) throws RevlogFormatException {
            String text = values.get(position[column]);
            long value;
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new RevlogFormatException(
                        line,
                        where(column) + ": expected " + expected + ", found "
                                + (text.isEmpty() ? "nothing" : "'" + abbreviate(text) + "'"));
            }
            if (value < min || value > max) {
                throw new RevlogFormatException(line, where(column) + ": expected " + expected + ", found " + value);
            }
            return value;
        }

        private static String abbreviate(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
