package org.quiztrainer.bank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tags of a bank the caller edits: how many live questions carry each, and renaming (or merging, or removing)
 * a tag on all of them at once, through the one save path (a new revision each, no changed-question notice: a tag
 * is not something a learner answers).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BankTagService {

    private final BankAccess access;
    private final QuestionRepository questions;
    private final QuestionWriter writer;
    private final Clock clock;

    BankTagService(BankAccess access, QuestionRepository questions, QuestionWriter writer, Clock clock) {
        this.access = access;
        this.questions = questions;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * A tag and how many live questions of the bank carry it.
     *
     * @param questions the count (a cloze note counts once per card)
     */
    public record TagCount(String tag, long questions) {}

    /** The tags of a bank the caller edits, sorted, with their counts. */
    @Transactional(readOnly = true)
    public List<TagCount> tags(long bankId) {
        access.editable(bankId);
        Map<String, Long> counts = new TreeMap<>();
        for (String list : questions.tagListsOf(bankId)) {
            for (String tag : list.split(",", -1)) {
                if (!tag.isEmpty()) {
                    counts.merge(tag, 1L, Long::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new TagCount(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Replaces the tag {@code from} by {@code to} on every live question of the bank that has it (a tag already
     * there merges; an empty {@code to} removes the tag). Refused with {@link DraftsRefusedException} (field
     * {@code tags}) when {@code to} is not a valid tag; nothing is written then.
     *
     * @return how many questions changed
     */
    @Transactional
    public int rename(long bankId, String from, String to) {
        Bank b = access.editable(bankId);
        String old = normal(from);
        String replacement = normal(to);
        if (old.isEmpty() || old.equals(replacement)) {
            return 0;
        }
        Map<String, QuestionWriter.Target> targets = new LinkedHashMap<>();
        for (QuestionEntity e : questions.searchFull(
                List.of(bankId),
                false,
                true,
                List.of(""),
                null,
                "%," + old + ",%",
                null,
                true,
                List.of(""),
                Pageable.unpaged())) {
            List<String> tags = Arrays.stream(e.getTags().split(",", -1))
                    .filter(t -> !t.isEmpty())
                    .toList();
            if (!tags.contains(old)) {
                continue;
            }
            List<String> changed = new ArrayList<>();
            for (String t : tags) {
                String next = t.equals(old) ? replacement : t;
                if (!next.isEmpty() && !changed.contains(next)) {
                    changed.add(next);
                }
            }
            String note = e.getNoteKey();
            targets.putIfAbsent(
                    note == null ? "q:" + e.getId() : "n:" + note,
                    new QuestionWriter.Target(draft(e, changed), e.getId(), false));
        }
        if (targets.isEmpty()) {
            return 0;
        }
        SaveReport report = writer.write(b, List.copyOf(targets.values()), Map.of(), clock.instant());
        return (int) report.count(SaveReport.Outcome.CHANGED);
    }

    private static QuestionDraft draft(QuestionEntity e, List<String> tags) {
        Question q = BankService.stored(e).question();
        return new QuestionDraft(
                e.getNoteKey() == null ? e.getBankKey() : e.getNoteKey(),
                q.topicId(),
                List.of(),
                tags,
                q.source(),
                q.text(),
                q.explanation(),
                ContentDraft.of(q.content()),
                q.html(),
                null);
    }

    private static String normal(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
