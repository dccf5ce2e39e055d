package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of {@link QuestionEditorService#saveAll} that need no database: each draft against the bank's languages
 * and the limits (texts cleaned first), a key used twice in the batch, topic paths that do not fit. What {@code
 * scripts/bank import --dry-run} checks; saving checks this and more (keys and topics of the stored bank, images).
 */
public final class DraftCheck {

    private DraftCheck() {}

    /** Every problem of the drafts, in draft order. */
    public static List<DraftProblem> check(
            BankLanguages languages, List<QuestionDraft> drafts, Function<String, Optional<Unit>> units) {
        return check(languages, drafts, units, Map.of());
    }

    /**
     * Every problem of the drafts, their images first linked as saving links them: {@code imageIds} maps the
     * import's media names to the ids they would get, so that a side showing only an image the file holds is not
     * taken for an empty one.
     */
    public static List<DraftProblem> check(
            BankLanguages languages,
            List<QuestionDraft> drafts,
            Function<String, Optional<Unit>> units,
            Map<String, Long> imageIds) {
        List<DraftProblem> problems = new ArrayList<>();
        if (drafts.size() > DraftLimits.BATCH_MAX) {
            problems.add(new DraftProblem(0, "batch", "bank.edit.error.too-many", List.of("" + DraftLimits.BATCH_MAX)));
            return problems;
        }
        DraftValidator validator = new DraftValidator(languages, units);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft d = drafts.get(i);
            validator.check(i, MediaLinks.link(d, imageIds), problems);
            if (!d.key().isEmpty() && !keys.add(d.key())) {
                problems.add(new DraftProblem(i, "key", "bank.edit.error.key-repeated", List.of(d.key())));
            }
            if (!d.topicPath().isEmpty() && !TopicPaths.fits(d.topicPath())) {
                problems.add(new DraftProblem(
                        i, "topic", "bank.edit.error.topic-path", List.of("" + DraftLimits.TOPIC_NAME_MAX)));
            }
        }
        return problems;
    }
}
