package org.quiztrainer.transfer.ui;

import java.util.Locale;

/** A byte count as people read it: 256 MB, 1.5 MB, 12 KB. */
final class Sizes {

    private Sizes() {}

    static String of(long bytes) {
        if (bytes >= 1024L * 1024) {
            double mb = bytes / (1024.0 * 1024);
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " B";
    }
}
