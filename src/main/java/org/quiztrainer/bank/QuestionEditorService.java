package org.quiztrainer.bank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.io.ImportMedia;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing questions into a bank the caller edits (its owner, a co-editor, an admin; never the built-in bank): the
 * editor's create, save, duplicate, move, retire and restore, and {@link #saveAll}, the same save path for many
 * questions at once (the importers). Every draft is validated and cleaned the same way; nothing is written while
 * any draft has a problem.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuestionEditorService {

    private final QuestionWriter writer;
    private final QuestionRepository questions;
    private final BankAccess access;
    private final BankImages images;
    private final ObjectProvider<QuestionUsage> usages;
    private final BankChanges events;
    private final Clock clock;

    QuestionEditorService(
            QuestionWriter writer,
            QuestionRepository questions,
            BankAccess access,
            BankImages images,
            ObjectProvider<QuestionUsage> usages,
            BankChanges events,
            Clock clock) {
        this.writer = writer;
        this.questions = questions;
        this.access = access;
        this.images = images;
        this.usages = usages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates or updates many questions of a bank by their per-bank key, in one transaction: a draft whose key is
     * stored updates that question (a new revision when its content changed, nothing when it did not, a retired one
     * comes back), any other draft creates a question (an empty key gets {@code q<n>}); topics of a draft's topic
     * path are found by name or created. The media are stored once each (by content) and a formatted text's
     * {@code <img src="name">} of a medium is pointed at it. Refused with {@link DraftsRefusedException} naming
     * every problem (draft index and field) when any draft or medium is bad; then nothing is written.
     *
     * @throws AccessDeniedException unless the caller may edit the bank
     */
    @Transactional
    public SaveReport saveAll(long bankId, List<QuestionDraft> drafts, List<ImportMedia> media) {
        Bank b = access.editable(bankId);
        checkBatch(drafts);
        Map<String, Long> stored = new LinkedHashMap<>();
        List<DraftProblem> refused = new ArrayList<>();
        for (ImportMedia m : media) {
            try {
                stored.put(
                        m.name(),
                        images.store(bankId, m.name(), m.bytes(), access.me().id()));
            } catch (InvalidInputException e) {
                refused.add(refusal(m, e));
            }
        }
        if (!refused.isEmpty()) {
            throw new DraftsRefusedException(refused);
        }
        return writer.write(b, drafts.stream().map(QuestionWriter.Target::byKey).toList(), stored, clock.instant());
    }

    /**
     * What {@link #saveAll} would do with the same drafts and media, writing nothing (an import's preview): the same
     * checks, refused the same way, and each question's outcome, with the ids new questions would get.
     *
     * @throws AccessDeniedException unless the caller may edit the bank
     */
    @Transactional(readOnly = true)
    public SaveReport planAll(long bankId, List<QuestionDraft> drafts, List<ImportMedia> media) {
        return plan(access.editable(bankId), drafts, media);
    }

    /**
     * What {@link #saveAll} would do with the drafts in a new, empty bank in the given languages (an import that
     * creates its bank): every question created, the same checks.
     */
    @Transactional(readOnly = true)
    public SaveReport planNew(BankLanguages languages, List<QuestionDraft> drafts, List<ImportMedia> media) {
        access.me();
        Bank fresh = new Bank(
                QuestionWriter.UNSAVED, "", "", languages, Visibility.PRIVATE, null, Set.of(), Set.of(), false, 0);
        return plan(fresh, drafts, media);
    }

    private SaveReport plan(Bank b, List<QuestionDraft> drafts, List<ImportMedia> media) {
        checkBatch(drafts);
        Map<String, Long> ids = new LinkedHashMap<>();
        Set<Long> pending = new HashSet<>();
        List<DraftProblem> refused = new ArrayList<>();
        for (ImportMedia m : media) {
            try {
                Optional<Long> known = images.existing(b.id(), m.bytes());
                long id = known.orElse(RichText.PENDING_IMAGE_ID - pending.size());
                if (known.isEmpty()) {
                    pending.add(id);
                }
                ids.put(m.name(), id);
            } catch (InvalidInputException e) {
                refused.add(refusal(m, e));
            }
        }
        if (!refused.isEmpty()) {
            throw new DraftsRefusedException(refused);
        }
        List<QuestionWriter.Target> targets =
                drafts.stream().map(QuestionWriter.Target::byKey).toList();
        return writer.write(b, targets, ids, pending, clock.instant(), true);
    }

    private static void checkBatch(List<QuestionDraft> drafts) {
        if (drafts.size() > DraftLimits.BATCH_MAX) {
            throw new DraftsRefusedException(List.of(
                    new DraftProblem(0, "batch", "bank.edit.error.too-many", List.of("" + DraftLimits.BATCH_MAX))));
        }
    }

    private static DraftProblem refusal(ImportMedia m, InvalidInputException e) {
        return new DraftProblem(
                0,
                "media",
                e.fieldErrors().get("image").replace("bank.image.error.", "bank.edit.error.image-"),
                List.of(m.name()));
    }

    /** Creates a question (or a cloze note) in a bank the caller edits; a key already used is refused. */
    @Transactional
    public SaveReport create(long bankId, QuestionDraft draft) {
        Bank b = access.editable(bankId);
        return writer.write(b, List.of(new QuestionWriter.Target(draft, null, true)), Map.of(), clock.instant());
    }

    /**
     * Saves the editor's draft of a stored question (for a cloze card, its whole note). Refused with
     * {@link QuestionChangedException} when it changed since the editor opened it (the draft's base version).
     */
    @Transactional
    public SaveReport save(String questionId, QuestionDraft draft) {
        QuestionEntity e = editable(questionId);
        Bank b = access.editable(e.getBankId());
        return writer.write(b, List.of(new QuestionWriter.Target(draft, questionId, false)), Map.of(), clock.instant());
    }

    /** A question of a bank the caller edits, as its editor opens it. */
    @Transactional(readOnly = true)
    public EditableQuestion load(String questionId) {
        QuestionEntity e = editable(questionId);
        Question q = BankService.stored(e).question();
        List<QuestionEntity> cards = e.getNoteKey() == null
                ? List.of(e)
                : questions.findByBankIdAndNoteKeyIn(e.getBankId(), List.of(e.getNoteKey())).stream()
                        .sorted(Comparator.comparing(QuestionEntity::getId))
                        .toList();
        long version = e.getNoteKey() == null ? e.getVersion() : QuestionWriter.noteVersion(cards);
        QuestionDraft draft = new QuestionDraft(
                e.getNoteKey() == null ? e.getBankKey() : e.getNoteKey(),
                q.topicId(),
                List.of(),
                q.tags(),
                q.source(),
                q.text(),
                q.explanation(),
                ContentDraft.of(q.content()),
                q.html(),
                version);
        return new EditableQuestion(
                questionId,
                e.getBankId(),
                draft,
                e.getRevision(),
                e.isRetired(),
                version,
                cards.stream().map(QuestionEntity::getId).toList());
    }

    /** A copy of a question (a cloze card: of its note) as a new question of the same bank, with a new key. */
    @Transactional
    public SaveReport duplicate(String questionId) {
        EditableQuestion q = load(questionId);
        QuestionDraft copy = q.draft();
        copy = new QuestionDraft(
                "",
                copy.topicId(),
                List.of(),
                copy.tags(),
                copy.source(),
                copy.text(),
                copy.explanation(),
                copy.content(),
                copy.html(),
                null);
        return create(q.bankId(), copy);
    }

    /** Moves a question (a cloze card: its note) to another topic of its bank ("" for the top level). */
    @Transactional
    public SaveReport move(String questionId, String topicId) {
        EditableQuestion q = load(questionId);
        QuestionDraft d = q.draft();
        return save(
                questionId,
                new QuestionDraft(
                        d.key(),
                        topicId,
                        List.of(),
                        d.tags(),
                        d.source(),
                        d.text(),
                        d.explanation(),
                        d.content(),
                        d.html(),
                        null));
    }

    /**
     * Retires a question (a cloze card: every card of its note): it leaves study, quizzes drawn from now on and the
     * browser's default list, and keeps its history, attempts and statistics.
     */
    @Transactional
    public void retire(String questionId) {
        setRetired(questionId, true);
    }

    /** Brings a retired question (or cloze note) back. */
    @Transactional
    public void restore(String questionId) {
        setRetired(questionId, false);
    }

    private void setRetired(String questionId, boolean retire) {
        QuestionEntity e = editable(questionId);
        access.editable(e.getBankId());
        List<QuestionEntity> all = e.getNoteKey() == null
                ? List.of(e)
                : questions.findByBankIdAndNoteKeyIn(e.getBankId(), List.of(e.getNoteKey()));
        List<String> ids = new ArrayList<>();
        for (QuestionEntity x : all) {
            if (x.isRetired() != retire) {
                if (retire) {
                    x.retire(clock.instant());
                } else {
                    x.restore(clock.instant());
                }
                ids.add(x.getId());
            }
        }
        if (!ids.isEmpty()) {
            events.announce(
                    new BankChanged(java.util.Set.of(), retire ? java.util.Set.copyOf(ids) : java.util.Set.of()));
        }
    }

    /** Who uses a question of a bank the caller edits: learners with it in memory, assignments that ask it. */
    @Transactional(readOnly = true)
    public QuestionUse usage(String questionId) {
        editable(questionId);
        long learners =
                usages.orderedStream().mapToLong(u -> u.learners(questionId)).sum();
        List<String> assignments = usages.orderedStream()
                .flatMap(u -> u.assignments(questionId).stream())
                .toList();
        return new QuestionUse(learners, assignments);
    }

    private QuestionEntity editable(String questionId) {
        QuestionEntity e = questions
                .findById(questionId == null ? "" : questionId)
                .orElseThrow(() -> new AccessDeniedException("No such question to edit"));
        access.editable(e.getBankId());
        return e;
    }
}
