package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the question editor asks while the author types, writing nothing: the checks a save makes (texts cleaned,
 * limits, the bank's languages, the topic, the key, the images), and the questions the draft would save, to
 * preview. The save itself ({@link QuestionEditorService}) checks all of it again.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuestionCheckService {

    private final BankAccess access;
    private final BankService bank;
    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final BankRepository banks;
    private final WriterLookups lookups;
    private final UnitRepository units;

    QuestionCheckService(
            BankAccess access,
            BankService bank,
            QuestionRepository questions,
            TopicRepository topics,
            BankRepository banks,
            WriterLookups lookups,
            UnitRepository units) {
        this.access = access;
        this.bank = bank;
        this.questions = questions;
        this.topics = topics;
        this.banks = banks;
        this.lookups = lookups;
        this.units = units;
    }

    /**
     * Checks the editor's draft of a new question ({@code questionId} null) or of a stored one of a bank the caller
     * edits: every problem on its field, or the questions it would save.
     *
     * @throws AccessDeniedException unless the caller may edit the bank and the question is in it
     */
    @Transactional(readOnly = true)
    public DraftPreview check(long bankId, String questionId, QuestionDraft draft) {
        Bank b = access.editable(bankId);
        QuestionEntity self = questionId == null
                ? null
                : questions
                        .findById(questionId)
                        .filter(e -> e.getBankId() == bankId)
                        .orElseThrow(() -> new AccessDeniedException("No such question in bank " + bankId));
        List<DraftProblem> problems = new ArrayList<>();
        Optional<CheckedDraft> checked = new DraftValidator(b.languages(), bank::unit).check(0, draft, problems);
        TopicPaths paths = new TopicPaths(bankId, b.languages(), topics, banks);
        if (checked.isPresent()) {
            lookups.checkCommon(bankId, checked.get(), paths, Set.of(), problems);
        } else if (!paths.isLive(draft.topicId())) {
            problems.add(new DraftProblem(0, "topic", "bank.edit.error.topic-unknown", List.of(draft.topicId())));
        }
        if (keyTaken(bankId, draft, self)) {
            problems.add(new DraftProblem(0, "key", "bank.edit.error.key-taken", List.of(draft.key())));
        }
        if (!problems.isEmpty() || checked.isEmpty()) {
            return new DraftPreview(problems, List.of());
        }
        CheckedDraft c = checked.get();
        List<Question> out = new ArrayList<>();
        for (QuestionContent content : c.contents()) {
            String id = content instanceof QuestionContent.Cloze z
                    ? "b" + bankId + ".preview.c" + z.number()
                    : self != null ? self.getId() : "b" + bankId + ".preview";
            out.add(c.question(id, draft.topicId(), content));
        }
        return new DraftPreview(List.of(), out);
    }

    /** The units a numeric answer may have (those of the built-in bank), by id. */
    @Transactional(readOnly = true)
    public List<Unit> units() {
        return units.findAll().stream()
                .map(e -> QuestionCodec.decodeUnit(e.getContent()))
                .sorted(Comparator.comparing(Unit::id))
                .toList();
    }

    /** Whether another question (or cloze note) of the bank has the draft's key, as the save would refuse it. */
    private boolean keyTaken(long bankId, QuestionDraft draft, QuestionEntity self) {
        String key = draft.key();
        if (key.isEmpty()) {
            return false;
        }
        if (draft.type() != QuestionType.CLOZE) {
            return questions
                    .findByBankIdAndBankKey(bankId, key)
                    .filter(other -> self == null || !other.getId().equals(self.getId()))
                    .isPresent();
        }
        if (self != null && key.equals(self.getNoteKey())) {
            return false;
        }
        return questions.findByBankIdAndBankKey(bankId, key).isPresent()
                || !questions.findByBankIdAndNoteKeyIn(bankId, List.of(key)).isEmpty();
    }
}
