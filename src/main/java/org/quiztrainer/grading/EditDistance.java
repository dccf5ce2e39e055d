package org.quiztrainer.grading;

import java.util.ArrayList;
import java.util.List;

/** Edit distances and a character-level diff, on Unicode code points. */
final class EditDistance {

    private EditDistance() {}

    /**
     * The Damerau-Levenshtein distance in its optimal-string-alignment form: the fewest insertions,
     * deletions, substitutions and swaps of two adjacent characters that turn {@code a} into {@code b}.
     * With {@code d[i][j]} the distance between the first i characters of a and the first j of b:
     * <pre>
     * d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (a[i] == b[j] ? 0 : 1),
     *               d[i-2][j-2] + 1  if a[i] == b[j-1] and a[i-1] == b[j])
     * </pre>
     */
    static int damerauLevenshtein(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[x.length][y.length];
    }

    /**
     * The diff of {@code typed} against {@code accepted} along a longest common subsequence: the
     * characters of the subsequence are {@link DiffSegment.Kind#SAME}, the other typed ones
     * {@link DiffSegment.Kind#EXTRA} and the other accepted ones {@link DiffSegment.Kind#MISSING}; at a
     * change, what was typed comes first. Adjacent characters of one kind form one segment.
     */
    static List<DiffSegment> diff(String typed, String accepted) {
        int[] x = typed.codePoints().toArray();
        int[] y = accepted.codePoints().toArray();
        int[][] lcs = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Segments segments = new Segments();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (i < x.length && j < y.length && x[i] == y[j]) {
                segments.add(DiffSegment.Kind.SAME, x[i++]);
                j++;
            } else if (i < x.length && (j == y.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                segments.add(DiffSegment.Kind.EXTRA, x[i++]);
            } else {
                segments.add(DiffSegment.Kind.MISSING, y[j++]);
            }
        }
        return segments.finish();
    }

    /** Builds segments, joining runs of one kind. */
    private static final class Segments {
        private final List<DiffSegment> list = new ArrayList<>();
        private DiffSegment.Kind kind;
        private final StringBuilder run = new StringBuilder();

        void add(DiffSegment.Kind next, int cp) {
            if (next != kind && kind != null) {
                list.add(new DiffSegment(kind, run.toString()));
                run.setLength(0);
            }
            kind = next;
            run.appendCodePoint(cp);
        }

        List<DiffSegment> finish() {
            if (kind != null) {
                list.add(new DiffSegment(kind, run.toString()));
            }
            return List.copyOf(list);
        }
    }
}
