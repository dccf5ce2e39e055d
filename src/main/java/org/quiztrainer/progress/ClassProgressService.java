package org.quiztrainer.progress;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.classroom.ItemAnalysis;
import org.quiztrainer.classroom.ItemAnalysisService;
import org.quiztrainer.classroom.Member;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's progress for its instructor and admins: the learners × topics matrix, who is at risk, the items
 * the class forgets most with their item-analysis figures, and the matrix as CSV. Anyone else is refused:
 * learners by role, other instructors by the classroom's own check (the same refusal whether or not the
 * class exists).
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class ClassProgressService {

    private final ClassService classes;
    private final AssignmentService assignments;
    private final ItemAnalysisService analysis;
    private final BankService bank;
    private final ClassMatrix matrix;
    private final Clock clock;

    ClassProgressService(
            ClassService classes,
            AssignmentService assignments,
            ItemAnalysisService analysis,
            BankService bank,
            ClassMatrix matrix,
            Clock clock) {
        this.classes = classes;
        this.assignments = assignments;
        this.analysis = analysis;
        this.bank = bank;
        this.matrix = matrix;
        this.clock = clock;
    }

    /** The classes the caller runs (every class for an admin). */
    @Transactional(readOnly = true)
    public List<ClassSummary> classes() {
        return classes.classes();
    }

    /** The class's matrix; refused unless the caller runs the class or is an admin. */
    @Transactional
    public ClassProgress matrix(long classId) {
        List<Member> members = classes.members(classId);
        List<Assignment> given = assignments.forClass(classId);
        List<ClassMatrix.Learner> learners = members.stream()
                .map(m -> new ClassMatrix.Learner(m.learnerId(), m.username(), m.displayName()))
                .toList();
        return matrix.read(classId, learners, assigned(given), figures(given), clock.instant());
    }

    /** The matrix as CSV (UTF-8 with BOM, CRLF), headers translated by {@code label}. */
    @Transactional
    public String csv(long classId, Function<String, String> label, Function<TopicMastery, String> topicName) {
        return MatrixCsv.write(matrix(classId), label, topicName);
    }

    /** The questions the class was given: each assignment's picked questions and its topics' questions. */
    private Set<String> assigned(List<Assignment> given) {
        Set<String> topics = new HashSet<>();
        Set<String> out = new HashSet<>();
        for (Assignment a : given) {
            out.addAll(a.settings().questionIds());
            topics.addAll(a.settings().randomTopics());
        }
        if (!topics.isEmpty()) {
            Set<String> subtree = new HashSet<>();
            topics.forEach(t -> subtree.addAll(ProgressService.subtree(bank.topics(), t)));
            bank.find(QuestionFilter.ALL, 0, 100_000).stream()
                    .filter(q -> subtree.contains(q.topicId()))
                    .map(QuestionSummary::id)
                    .forEach(out::add);
        }
        return out;
    }

    /** Facility and discrimination per question over the class's assignments, weighted by attempts. */
    private Map<String, ClassMatrix.Figures> figures(List<Assignment> given) {
        Map<String, double[]> sums = new HashMap<>();
        for (Assignment a : given) {
            for (ItemAnalysis.Item item : analysis.analyse(a.id()).items()) {
                double[] s = sums.computeIfAbsent(item.stats().questionId(), k -> new double[4]);
                int n = item.stats().attempts();
                s[0] += n;
                s[1] += n * item.stats().facility();
                if (item.stats().discrimination() != null) {
                    s[2] += n;
                    s[3] += n * item.stats().discrimination();
                }
            }
        }
        Map<String, ClassMatrix.Figures> out = new HashMap<>();
        sums.forEach((q, s) ->
                out.put(q, new ClassMatrix.Figures(s[0] == 0 ? null : s[1] / s[0], s[2] == 0 ? null : s[3] / s[2])));
        return out;
    }
}
