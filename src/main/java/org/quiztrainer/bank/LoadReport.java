package org.quiztrainer.bank;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one load of the bank folder, kept for admins.
 *
 * @param at        when the load started
 * @param path      the folder read
 * @param problems  every problem found; when there is any, nothing was written
 * @param sync      what was written, present only for a valid bank
 * @param questions the number of questions in the files (0 when invalid)
 * @param took      how long reading, validating and writing took
 */
public record LoadReport(
        Instant at, String path, List<BankProblem> problems, Optional<SyncResult> sync, int questions, Duration took) {

    public LoadReport {
        problems = List.copyOf(problems);
    }

    /** Whether the files were valid and written. */
    public boolean isSuccess() {
        return problems.isEmpty() && sync.isPresent();
    }
}
