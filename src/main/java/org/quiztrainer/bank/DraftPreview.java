package org.quiztrainer.bank;

import java.util.List;

/**
 * The editor's live check of a draft ({@link QuestionCheckService#check}): what is wrong, field by field, and the
 * questions it would save, to preview as a learner will see them.
 *
 * @param problems  every problem, each on its field; empty when the draft would save
 * @param questions the questions the draft would save (one per card of a cloze note), cleaned as on save; empty
 *                  while the draft has a problem
 */
public record DraftPreview(List<DraftProblem> problems, List<Question> questions) {

    public DraftPreview {
        problems = List.copyOf(problems);
        questions = List.copyOf(questions);
    }

    /** Whether the draft would save. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
