package org.quiztrainer.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quiztrainer.bank.BankService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The item analysis of an assignment, for the class's instructor or an admin. */
@Service
@PreAuthorize("isAuthenticated()")
public class ItemAnalysisService {

    private final GradebookService gradebook;
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final AttemptRules rules;
    private final BankService bank;
    private final Clock clock;

    ItemAnalysisService(
            GradebookService gradebook,
            AttemptRepository attempts,
            AttemptAnswerRepository answers,
            AttemptRules rules,
            BankService bank,
            Clock clock) {
        this.gradebook = gradebook;
        this.attempts = attempts;
        this.answers = answers;
        this.rules = rules;
        this.bank = bank;
        this.clock = clock;
    }

    /** {@link ItemStatistics} over each learner's first submitted attempt, questions in order of appearance. */
    @Transactional(readOnly = true)
    public ItemAnalysis analyse(long assignmentId) {
        AssignmentEntity a = gradebook.manageable(assignmentId);
        Set<Long> seen = new HashSet<>();
        List<AttemptEntity> first = new ArrayList<>();
        Instant now = clock.instant();
        for (AttemptEntity t : attempts.findByAssignmentIdOrderByLearnerIdAscAttemptNumberAsc(assignmentId)) {
            if (rules.settled(t, a, now).submitted() && seen.add(t.getLearnerId())) {
                first.add(t);
            }
        }
        Map<Long, List<AttemptAnswerEntity>> byAttempt =
                answers
                        .findByAttemptIdIn(
                                first.stream().map(AttemptEntity::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(AttemptAnswerEntity::getAttemptId));
        List<ItemStatistics.Sheet> sheets = first.stream()
                .map(t -> new ItemStatistics.Sheet(
                        t.questionIds(),
                        byAttempt.getOrDefault(t.getId(), List.of()).stream()
                                .collect(Collectors.toMap(
                                        AttemptAnswerEntity::getQuestionId,
                                        x -> new ItemStatistics.Answered(
                                                x.mark(), ResponseCodec.decode(x.getResponse()), x.getAnswerMs())))))
                .toList();
        List<ItemAnalysis.Item> items = ItemStatistics.analyse(sheets).stream()
                .map(s -> new ItemAnalysis.Item(
                        bank.question(s.questionId()).orElseThrow().question(), s))
                .toList();
        return new ItemAnalysis(assignmentId, a.getTitle(), first.size(), items);
    }
}
