package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What {@link QuestionWriter} reads before it writes: the questions a batch names (by id, by key, by cloze note), in
 * a few queries however large the batch, and the checks that need the database (topics, images, free keys).
 */
@Component
class WriterLookups {

    private static final int CHUNK = 500;

    private final QuestionRepository questions;
    private final BankImageRepository images;

    WriterLookups(QuestionRepository questions, BankImageRepository images) {
        this.questions = questions;
        this.images = images;
    }

    /** The stored questions a batch refers to. */
    static final class Known {
        private final Map<String, QuestionEntity> byId = new HashMap<>();
        private final Map<String, QuestionEntity> byKey = new HashMap<>();
        private final Map<String, List<QuestionEntity>> byNote = new HashMap<>();

        QuestionEntity byId(String id) {
            return byId.get(id);
        }

        QuestionEntity byKey(String key) {
            return key.isEmpty() ? null : byKey.get(key);
        }

        List<QuestionEntity> cards(String note) {
            return note == null ? List.of() : byNote.getOrDefault(note, List.of());
        }

        private void add(QuestionEntity e) {
            byId.put(e.getId(), e);
            byKey.put(e.getBankKey(), e);
            if (e.getNoteKey() != null) {
                List<QuestionEntity> cards = byNote.computeIfAbsent(e.getNoteKey(), k -> new ArrayList<>());
                if (!cards.contains(e)) {
                    cards.add(e);
                }
            }
        }
    }

    /** Loads the questions named by id (refused unless in the bank), by key and by note, and their notes' cards. */
    Known load(long bankId, List<QuestionWriter.Target> targets, List<CheckedDraft> checked) {
        Known known = new Known();
        List<String> ids = targets.stream()
                .map(QuestionWriter.Target::questionId)
                .filter(id -> id != null)
                .toList();
        for (QuestionEntity e : questions.findAllById(ids)) {
            if (e.getBankId() != bankId) {
                throw BankAccess.denied(bankId);
            }
            known.add(e);
        }
        if (ids.stream().anyMatch(id -> known.byId(id) == null)) {
            throw new AccessDeniedException("No such question in bank " + bankId);
        }
        Set<String> keys = new HashSet<>();
        Set<String> notes = new HashSet<>();
        for (CheckedDraft c : checked) {
            if (!c.key().isEmpty()) {
                keys.add(c.key());
                if (c.isCloze()) {
                    notes.add(c.key());
                    c.contents().forEach(x -> keys.add(QuestionWriter.cardKey(c.key(), (QuestionContent.Cloze) x)));
                }
            }
        }
        ids.stream().map(known::byId).filter(e -> e.getNoteKey() != null).forEach(e -> notes.add(e.getNoteKey()));
        chunked(keys, chunk -> questions.findByBankIdAndBankKeyIn(bankId, chunk))
                .forEach(known::add);
        chunked(notes, chunk -> questions.findByBankIdAndNoteKeyIn(bankId, chunk))
                .forEach(known::add);
        return known;
    }

    private static List<QuestionEntity> chunked(
            Collection<String> values, Function<List<String>, List<QuestionEntity>> query) {
        List<String> all = new ArrayList<>(values);
        List<QuestionEntity> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.addAll(query.apply(all.subList(i, Math.min(all.size(), i + CHUNK))));
        }
        return out;
    }

    /** Whether a question other than {@code self} has the key in the bank (looked up in what was loaded). */
    boolean keyTaken(Known known, String key, QuestionEntity self) {
        QuestionEntity other = known.byKey(key);
        return other != null && other != self;
    }

    /** A key of the form {@code q<n>} not used yet: {@code q<n>}, or {@code q<n>-2}, {@code q<n>-3}, …. */
    String freeKey(long bankId, String proposed, Set<String> used) {
        String key = proposed;
        for (int i = 2;
                used.contains(key)
                        || questions.findByBankIdAndBankKey(bankId, key).isPresent();
                i++) {
            key = proposed + "-" + i;
        }
        used.add(key);
        return key;
    }

    /** The topic is empty or live in the bank, a topic path fits, and every image is one of the bank's. */
    void checkCommon(long bankId, CheckedDraft c, TopicPaths paths, Set<Long> pending, List<DraftProblem> problems) {
        QuestionDraft d = c.draft();
        if (!d.topicPath().isEmpty() && !TopicPaths.fits(d.topicPath())) {
            problems.add(new DraftProblem(
                    c.index(), "topic", "bank.edit.error.topic-path", List.of("" + DraftLimits.TOPIC_NAME_MAX)));
        } else if (d.topicPath().isEmpty() && !paths.isLive(d.topicId())) {
            problems.add(new DraftProblem(c.index(), "topic", "bank.edit.error.topic-unknown", List.of(d.topicId())));
        }
        if (!c.html()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        for (LocalizedText t : texts(c)) {
            ids.addAll(RichText.imageIds(t.zh()));
            ids.addAll(RichText.imageIds(t.en()));
        }
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> own = new HashSet<>(pending);
        ids.removeAll(pending);
        images.findAllById(ids).stream().filter(i -> i.getBankId() == bankId).forEach(i -> own.add(i.getId()));
        ids.stream()
                .filter(id -> !own.contains(id))
                .findFirst()
                .ifPresent(id -> problems.add(
                        new DraftProblem(c.index(), "text.zh", "bank.edit.error.image-unknown", List.of("" + id))));
    }

    private static List<LocalizedText> texts(CheckedDraft c) {
        List<LocalizedText> out = new ArrayList<>(List.of(c.text(), c.explanation()));
        for (QuestionContent content : c.contents()) {
            if (content instanceof QuestionContent.Flashcard f) {
                out.add(f.back());
            } else if (content instanceof QuestionContent.SingleChoice s) {
                s.choices().forEach(x -> out.add(x.text()));
            } else if (content instanceof QuestionContent.MultipleChoice m) {
                m.choices().forEach(x -> out.add(x.text()));
            } else if (content instanceof QuestionContent.Ordering o) {
                out.addAll(o.items());
            } else if (content instanceof QuestionContent.Matching m) {
                m.pairs().forEach(p -> {
                    out.add(p.left());
                    out.add(p.right());
                });
            }
        }
        return out;
    }
}
