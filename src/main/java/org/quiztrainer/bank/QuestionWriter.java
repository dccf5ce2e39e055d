package org.quiztrainer.bank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one save path of questions written in the app or imported: checks every draft first (texts cleaned, limits,
 * topics, keys, images, the version each editor started from), writes nothing while anything is wrong, then
 * writes each question by its key: a new one, a new revision when its content changed, nothing when it did not.
 * Runs inside the caller's transaction.
 */
@Component
class QuestionWriter {

    /** The id of a bank a dry run plans for before it exists (an import into a new bank). */
    static final long UNSAVED = 0;

    private final QuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final TopicRepository topics;
    private final BankRepository banks;
    private final WriterLookups lookups;
    private final BankService bank;
    private final BankChanges events;

    QuestionWriter(
            QuestionRepository questions,
            QuestionRevisionRepository revisions,
            TopicRepository topics,
            BankRepository banks,
            WriterLookups lookups,
            BankService bank,
            BankChanges events) {
        this.questions = questions;
        this.revisions = revisions;
        this.topics = topics;
        this.banks = banks;
        this.lookups = lookups;
        this.bank = bank;
        this.events = events;
    }

    /**
     * A draft and the question it edits: {@code questionId} null to go by the draft's key (create or update, as an
     * importer does); {@code create} to refuse a key that is already used (a new question of the editor).
     */
    record Target(QuestionDraft draft, String questionId, boolean create) {

        static Target byKey(QuestionDraft draft) {
            return new Target(draft, null, false);
        }
    }

    /** A checked draft with what it will write over. */
    private record Plan(CheckedDraft checked, QuestionEntity single, String note, List<QuestionEntity> cards) {}

    SaveReport write(Bank b, List<Target> targets, Map<String, Long> media, Instant now) {
        return write(b, targets, media, Set.of(), now, false);
    }

    /**
     * Writes the drafts, or with {@code dryRun} reports what writing them would do and writes nothing: the same
     * checks and outcomes, with the ids that new questions and topics would get. {@code pending} are image ids that
     * stand for images not stored yet (a dry run's), accepted as the bank's own.
     */
    SaveReport write(
            Bank b, List<Target> targets, Map<String, Long> media, Set<Long> pending, Instant now, boolean dryRun) {
        List<DraftProblem> problems = new ArrayList<>();
        DraftValidator validator = new DraftValidator(b.languages(), bank::unit);
        List<CheckedDraft> checked = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            validator
                    .check(i, MediaLinks.link(targets.get(i).draft(), media), problems)
                    .ifPresent(checked::add);
        }
        TopicPaths paths = new TopicPaths(b.id(), b.languages(), topics, banks, dryRun);
        WriterLookups.Known known = lookups.load(b.id(), targets, checked);
        List<Plan> plans = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Set<String> batchKeys = new HashSet<>();
        for (CheckedDraft c : checked) {
            Target t = targets.get(c.index());
            lookups.checkCommon(b.id(), c, paths, pending, problems);
            Plan plan = c.isCloze()
                    ? planNote(b, c, t, known, batchKeys, problems, conflicts)
                    : planSingle(b, c, t, known, batchKeys, problems, conflicts);
            plans.add(plan);
        }
        if (!problems.isEmpty()) {
            throw new DraftsRefusedException(problems);
        }
        if (!conflicts.isEmpty()) {
            throw new QuestionChangedException(conflicts);
        }
        Numbers numbers =
                new Numbers(b.id(), plans.stream().mapToInt(this::numbersNeeded).sum(), dryRun);
        Changes changes = new Changes(now, dryRun);
        for (Plan p : plans) {
            CheckedDraft c = p.checked();
            String topicId = c.draft().topicPath().isEmpty()
                    ? c.draft().topicId()
                    : paths.resolve(c.draft().topicPath());
            if (c.isCloze()) {
                String note = p.note() != null ? p.note() : lookups.freeKey(b.id(), "q" + numbers.next(), batchKeys);
                writeNote(b, p, note, topicId, numbers, changes);
            } else {
                QuestionEntity e = p.single();
                String id = e != null ? e.getId() : BankIds.question(b.id(), numbers.next());
                String key = !c.key().isEmpty()
                        ? c.key()
                        : e != null ? e.getBankKey() : lookups.freeKey(b.id(), "q" + numbers.last(), batchKeys);
                changes.write(
                        c.index(),
                        b.id(),
                        e,
                        id,
                        key,
                        null,
                        c.question(id, topicId, c.contents().get(0)));
            }
        }
        if (changes.wrote() && !dryRun) {
            events.announce(new BankChanged(changes.changed, changes.retired));
        }
        return new SaveReport(changes.saved);
    }

    private Plan planSingle(
            Bank b,
            CheckedDraft c,
            Target t,
            WriterLookups.Known known,
            Set<String> batchKeys,
            List<DraftProblem> problems,
            List<String> conflicts) {
        QuestionEntity e = t.questionId() != null ? known.byId(t.questionId()) : known.byKey(c.key());
        if (t.create() && e != null) {
            problems.add(new DraftProblem(c.index(), "key", "bank.edit.error.key-taken", List.of(c.key())));
            return new Plan(c, null, null, List.of());
        }
        if (e != null && e.getNoteKey() != null) {
            problems.add(new DraftProblem(c.index(), t.questionId() != null ? "type" : "key", errorFor(t), List.of()));
            return new Plan(c, null, null, List.of());
        }
        String key = !c.key().isEmpty() ? c.key() : e != null ? e.getBankKey() : null;
        if (key != null && !batchKeys.add(key)) {
            problems.add(new DraftProblem(c.index(), "key", "bank.edit.error.key-repeated", List.of(key)));
        } else if (key != null && (e == null || !key.equals(e.getBankKey())) && lookups.keyTaken(known, key, e)) {
            problems.add(new DraftProblem(c.index(), "key", "bank.edit.error.key-taken", List.of(key)));
        }
        Long base = c.draft().baseVersion();
        if (base != null && e != null && e.getVersion() != base) {
            conflicts.add(e.getId());
        }
        return new Plan(c, e, null, List.of());
    }

    private static String errorFor(Target t) {
        return t.questionId() != null ? "bank.edit.error.type-cloze" : "bank.edit.error.key-taken";
    }

    private Plan planNote(
            Bank b,
            CheckedDraft c,
            Target t,
            WriterLookups.Known known,
            Set<String> batchKeys,
            List<DraftProblem> problems,
            List<String> conflicts) {
        String oldNote = null;
        if (t.questionId() != null) {
            QuestionEntity card = known.byId(t.questionId());
            if (card != null && card.getNoteKey() == null) {
                problems.add(new DraftProblem(c.index(), "type", "bank.edit.error.type-cloze", List.of()));
                return new Plan(c, null, null, List.of());
            }
            oldNote = card == null ? null : card.getNoteKey();
        }
        String note = !c.key().isEmpty() ? c.key() : oldNote != null ? oldNote : null;
        List<QuestionEntity> cards = known.cards(oldNote != null ? oldNote : note);
        if (t.create() && (!cards.isEmpty() || (note != null && known.byKey(note) != null))) {
            problems.add(new DraftProblem(c.index(), "key", "bank.edit.error.key-taken", List.of(note)));
            return new Plan(c, null, null, List.of());
        }
        if (note != null && !batchKeys.add(note)) {
            problems.add(new DraftProblem(c.index(), "key", "bank.edit.error.key-repeated", List.of(note)));
        }
        if (note != null) {
            for (QuestionContent content : c.contents()) {
                QuestionContent.Cloze card = (QuestionContent.Cloze) content;
                String key = cardKey(note, card);
                boolean own =
                        cards.stream().anyMatch(x -> x.getBankKey().equals(key) || clozeNumber(x) == card.number());
                if (!own && lookups.keyTaken(known, key, null)) {
                    problems.add(new DraftProblem(c.index(), "key", "bank.edit.error.key-taken", List.of(key)));
                }
            }
            if (oldNote != null && !note.equals(oldNote) && !known.cards(note).isEmpty()) {
                problems.add(new DraftProblem(c.index(), "key", "bank.edit.error.key-taken", List.of(note)));
            }
        }
        Long base = c.draft().baseVersion();
        if (base != null && !cards.isEmpty() && noteVersion(cards) != base) {
            conflicts.add(cards.get(0).getId());
        }
        return new Plan(c, null, note, cards);
    }

    /** The deletion number a stored cloze card asks for (0 for another kind of question). */
    static int clozeNumber(QuestionEntity e) {
        return BankService.stored(e).question().content() instanceof QuestionContent.Cloze z ? z.number() : 0;
    }

    /** The key of a cloze card: the note's key and its deletion number, {@code <note>#c<n>}. */
    static String cardKey(String note, QuestionContent.Cloze card) {
        return note + "#c" + card.number();
    }

    /** The version of a cloze note: the sum of its cards' versions, which moves whenever any card changes. */
    static long noteVersion(List<QuestionEntity> cards) {
        return cards.stream().mapToLong(QuestionEntity::getVersion).sum() + cards.size();
    }

    private int numbersNeeded(Plan p) {
        if (!p.checked().isCloze()) {
            return p.single() == null ? 1 : 0;
        }
        Set<Integer> have = new HashSet<>();
        p.cards().forEach(x -> have.add(clozeNumber(x)));
        int fresh = p.note() == null ? 1 : 0;
        for (QuestionContent content : p.checked().contents()) {
            if (!have.contains(((QuestionContent.Cloze) content).number())) {
                fresh++;
            }
        }
        return fresh;
    }

    private void writeNote(Bank b, Plan p, String note, String topicId, Numbers numbers, Changes changes) {
        CheckedDraft c = p.checked();
        Set<QuestionEntity> kept = new HashSet<>();
        for (QuestionContent content : c.contents()) {
            QuestionContent.Cloze card = (QuestionContent.Cloze) content;
            QuestionEntity e = p.cards().stream()
                    .filter(x -> clozeNumber(x) == card.number())
                    .findFirst()
                    .orElse(null);
            String id = e != null ? e.getId() : BankIds.question(b.id(), numbers.next());
            String key = e != null && note.equals(e.getNoteKey()) ? e.getBankKey() : cardKey(note, card);
            changes.write(c.index(), b.id(), e, id, key, note, c.question(id, topicId, card));
            if (e != null) {
                kept.add(e);
            }
        }
        for (QuestionEntity gone : p.cards()) {
            if (!kept.contains(gone) && !gone.isRetired()) {
                changes.retire(c.index(), gone);
            }
        }
    }

    /** The question numbers reserved for one save, handed out in order. */
    private final class Numbers {
        private long next;
        private long last;

        Numbers(long bankId, int count, boolean dryRun) {
            if (count > 0 && dryRun) {
                next = (bankId == UNSAVED ? 0 : banks.questionCounter(bankId)) + 1;
            } else if (count > 0) {
                banks.reserveQuestions(bankId, count);
                next = banks.questionCounter(bankId) - count + 1;
            }
        }

        long next() {
            last = next++;
            return last;
        }

        long last() {
            return last;
        }
    }

    /** What a save wrote, for its report and its event. */
    private final class Changes {
        final Instant now;
        final List<SaveReport.Saved> saved = new ArrayList<>();
        final Set<String> changed = new HashSet<>();
        final Set<String> retired = new HashSet<>();
        final boolean dryRun;
        boolean any;

        Changes(Instant now, boolean dryRun) {
            this.now = now;
            this.dryRun = dryRun;
        }

        boolean wrote() {
            return any;
        }

        void write(int index, long bankId, QuestionEntity e, String id, String key, String note, Question q) {
            String json = QuestionCodec.encode(q);
            String hash = QuestionCodec.hash(json);
            SaveReport.Outcome outcome;
            int revision;
            if (e == null) {
                outcome = SaveReport.Outcome.CREATED;
                revision = 1;
                if (!dryRun) {
                    e = new QuestionEntity(id, bankId, key);
                    e.rekey(key, note);
                    e.newRevision(q, json, hash, now);
                    questions.save(e);
                    revisions.save(new QuestionRevisionEntity(e));
                    revision = e.getRevision();
                }
            } else {
                boolean rekeyed = !key.equals(e.getBankKey()) || !Objects.equals(note, e.getNoteKey());
                boolean edited = !hash.equals(e.getContentHash());
                outcome =
                        edited || e.isRetired() || rekeyed ? SaveReport.Outcome.CHANGED : SaveReport.Outcome.UNCHANGED;
                revision = e.getRevision() + (edited ? 1 : 0);
                if (!dryRun) {
                    apply(e, id, key, note, q, json, hash, rekeyed, edited);
                    revision = e.getRevision();
                }
            }
            any |= outcome != SaveReport.Outcome.UNCHANGED;
            saved.add(new SaveReport.Saved(index, id, key, revision, outcome));
        }

        private void apply(
                QuestionEntity e,
                String id,
                String key,
                String note,
                Question q,
                String json,
                String hash,
                boolean rekeyed,
                boolean edited) {
            if (rekeyed) {
                e.rekey(key, note);
            }
            if (edited) {
                if (learnerVisible(QuestionCodec.decode(e.getContent(), q.origin()), q)) {
                    changed.add(id);
                }
                e.newRevision(q, json, hash, now);
                revisions.save(new QuestionRevisionEntity(e));
            } else if (e.isRetired()) {
                e.restore(now);
            }
        }

        void retire(int index, QuestionEntity e) {
            if (!dryRun) {
                e.retire(now);
            }
            retired.add(e.getId());
            any = true;
            saved.add(new SaveReport.Saved(
                    index, e.getId(), e.getBankKey(), e.getRevision(), SaveReport.Outcome.RETIRED));
        }
    }

    /**
     * Whether a learner would see the change: the text, explanation, answer or formatting; a new topic, tags or
     * source make a revision but no changed-question notice.
     */
    static boolean learnerVisible(Question before, Question after) {
        return !before.text().equals(after.text())
                || !before.explanation().equals(after.explanation())
                || !before.content().equals(after.content())
                || before.html() != after.html();
    }
}
